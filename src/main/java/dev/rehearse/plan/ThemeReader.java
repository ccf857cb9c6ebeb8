package dev.rehearse.plan;

import dev.rehearse.coach.roles.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which themes a set of sentences shows, by meaning: each sentence is compared with the plain descriptions of each
 * theme in {@code plan/themes.txt}, and a theme's score is the mean of its two closest sentences, so one stray
 * sentence does not make a theme but a story need not dwell on it either.
 */
final class ThemeReader {

    /**
     * Cosine similarities of MiniLM sentence vectors: below {@code FLOOR} two sentences share little meaning, from
     * {@code CEILING} they say much the same. Strengths are this range stretched to 0..1 so they read as a scale.
     */
    static final double FLOOR = 0.15;
    static final double CEILING = 0.60;
    /** A theme is listed from this strength; weaker ones are noise between unrelated sentences. */
    static final double SHOWN = 0.30;
    /** How far above the story's mean theme strength a theme must stand to be listed without one of its words. */
    static final double CLEAR_OF_MEAN = 0.20;
    private static final int CLOSEST = 2;

    private final SentenceMeaning meaning;
    private final ThemeWords words = new ThemeWords();
    private final Map<Theme, List<float[]>> descriptions = new LinkedHashMap<>();

    ThemeReader(SentenceMeaning meaning) {
        this.meaning = meaning;
        SectionFile file = SectionFile.load("themes.txt");
        for (Theme theme : Theme.values()) {
            List<String> lines = file.lines(theme.wireName());
            if (lines.isEmpty()) {
                throw new IllegalStateException("plan/themes.txt describes no theme " + theme.wireName());
            }
            descriptions.put(theme, meaning.vectors(lines));
        }
    }

    /** Every theme's strength for the sentences, strongest first. */
    List<ThemeScore> all(List<float[]> sentences) {
        List<ThemeScore> out = new ArrayList<>();
        for (Map.Entry<Theme, List<float[]>> e : descriptions.entrySet()) {
            out.add(new ThemeScore(e.getKey().wireName(), strength(closeness(sentences, e.getValue()))));
        }
        out.sort(Comparator.comparingDouble(ThemeScore::strength).reversed());
        return out;
    }

    /**
     * The themes shown strongly enough to list, strongest first. A theme needs the strength and some backing: one of
     * its words in the story, or a lead of {@link #CLEAR_OF_MEAN} over the mean of the story's eight theme strengths.
     * The embedding finds any two sentences about work somewhat alike, so a story's weakest true theme and its
     * strongest false one can be close; the words tell them apart. When nothing passes, the strongest theme is listed
     * alone, so every story says what it is about.
     */
    List<ThemeScore> shown(List<String> sentences, List<float[]> vectors) {
        List<ThemeScore> all = all(vectors);
        double mean = all.stream().mapToDouble(ThemeScore::strength).average().orElse(0);
        Set<Theme> named = words.named(sentences);
        List<ThemeScore> out = new ArrayList<>();
        for (ThemeScore t : all) {
            boolean backed = Theme.parse(t.theme()).filter(named::contains).isPresent() || t.strength() >= mean + CLEAR_OF_MEAN;
            if (t.strength() >= SHOWN && backed) {
                out.add(t);
            }
        }
        return out.isEmpty() ? all.subList(0, Math.min(1, all.size())) : out;
    }

    /** The theme a question asks about, and how clearly: the closest theme description to it. */
    ThemeScore closest(float[] question) {
        return all(List.of(question)).get(0);
    }

    private static double closeness(List<float[]> sentences, List<float[]> theme) {
        List<Double> best = new ArrayList<>();
        for (float[] s : sentences) {
            double b = 0;
            for (float[] d : theme) {
                b = Math.max(b, SentenceEmbedder.cosine(s, d));
            }
            best.add(b);
        }
        best.sort(Comparator.reverseOrder());
        int n = Math.min(CLOSEST, best.size());
        return n == 0 ? 0 : best.subList(0, n).stream().mapToDouble(Double::doubleValue).sum() / n;
    }

    static double strength(double cosine) {
        double s = (cosine - FLOOR) / (CEILING - FLOOR);
        return Math.round(Math.max(0, Math.min(1, s)) * 100) / 100.0;
    }
}
