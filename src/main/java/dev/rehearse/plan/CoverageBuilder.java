package dev.rehearse.plan;

import dev.rehearse.coach.roles.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets each likely question against each story. A pair's strength is the better of two readings: how close the
 * story's two closest sentences come to the question and the kind of story it asks for, and how strongly the story
 * shows the theme the question asks about.
 */
public final class CoverageBuilder {

    /** From here a story answers the question well. */
    static final double STRONG = 0.60;
    /** From here it answers it in part; below, the question is a gap. */
    static final double PARTIAL = 0.40;
    /** One story as the best answer to more questions than this is leaned on too often. */
    static final int OVERUSE = 3;
    /** A question names a theme when its closest theme is at least this strong. */
    private static final double THEME_NAMED = 0.50;
    private static final int STRONGEST = 3;

    private final SentenceMeaning meaning;
    private final ThemeReader themes;

    public CoverageBuilder(StoryFinder finder) {
        this.meaning = finder.meaning();
        this.themes = finder.themes();
    }

    public Coverage build(List<LikelyQuestion> questions, List<Story> stories) {
        Map<String, List<float[]>> storyVectors = new LinkedHashMap<>();
        for (Story s : stories) {
            storyVectors.put(s.id(), meaning.vectors(s.lines().stream().map(StoryLine::text).toList()));
        }
        List<String> asked = questions.stream().map(q -> q.lookingFor().isBlank() ? q.text() : q.text() + " " + q.lookingFor()).toList();
        List<float[]> questionVectors = meaning.vectors(asked);
        List<Coverage.Row> rows = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            LikelyQuestion q = questions.get(i);
            String theme = q.theme() != null ? q.theme() : namedTheme(meaning.vectors(List.of(q.text())).get(0));
            List<Coverage.Match> matches = new ArrayList<>();
            for (Story s : stories) {
                double semantic = ThemeReader.strength(closeness(questionVectors.get(i), storyVectors.get(s.id())));
                double strength = Math.max(semantic, theme == null ? 0 : s.strength(theme));
                matches.add(new Coverage.Match(s.id(), s.title(), strength, level(strength)));
            }
            matches.sort(Comparator.comparingDouble(Coverage.Match::strength).reversed());
            rows.add(new Coverage.Row(q, matches));
        }
        return new Coverage(rows, gaps(rows), overuse(rows), strongest(rows, stories));
    }

    private String namedTheme(float[] question) {
        ThemeScore closest = themes.closest(question);
        return closest.strength() >= THEME_NAMED ? closest.theme() : null;
    }

    static String level(double strength) {
        return strength >= STRONG ? "strong" : strength >= PARTIAL ? "partial" : "weak";
    }

    private static List<Coverage.Gap> gaps(List<Coverage.Row> rows) {
        List<Coverage.Gap> out = new ArrayList<>();
        for (Coverage.Row r : rows) {
            if (r.question().needsStory() && r.best() < PARTIAL) {
                out.add(new Coverage.Gap(r.question(), r.question().lookingFor(), r.best()));
            }
        }
        return out;
    }

    private static List<Coverage.Overuse> overuse(List<Coverage.Row> rows) {
        Map<String, List<Coverage.Row>> bestFor = new LinkedHashMap<>();
        for (Coverage.Row r : rows) {
            if (r.question().needsStory() && r.best() >= PARTIAL) {
                bestFor.computeIfAbsent(r.matches().get(0).storyId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Coverage.Overuse> out = new ArrayList<>();
        for (Map.Entry<String, List<Coverage.Row>> e : bestFor.entrySet()) {
            if (e.getValue().size() <= OVERUSE) {
                continue;
            }
            Coverage.Match second = null;
            for (Coverage.Row r : e.getValue()) {
                if (r.matches().size() > 1 && r.matches().get(1).strength() >= PARTIAL
                        && (second == null || r.matches().get(1).strength() > second.strength())) {
                    second = r.matches().get(1);
                }
            }
            out.add(new Coverage.Overuse(e.getKey(), e.getValue().get(0).matches().get(0).storyTitle(),
                    e.getValue().stream().map(r -> r.question().text()).toList(),
                    second == null ? null : second.storyId(), second == null ? null : second.storyTitle()));
        }
        return out;
    }

    private static List<Coverage.Strongest> strongest(List<Coverage.Row> rows, List<Story> stories) {
        List<Coverage.Strongest> out = new ArrayList<>();
        for (Story s : stories) {
            int answered = 0;
            double sum = 0;
            int n = 0;
            for (Coverage.Row r : rows) {
                if (!r.question().needsStory()) {
                    continue;
                }
                for (Coverage.Match m : r.matches()) {
                    if (m.storyId().equals(s.id())) {
                        answered += m.strength() >= PARTIAL ? 1 : 0;
                        sum += m.strength();
                        n++;
                    }
                }
            }
            if (answered > 0) {
                out.add(new Coverage.Strongest(s.id(), s.title(), answered, n == 0 ? 0 : Math.round(sum / n * 100) / 100.0));
            }
        }
        out.sort(Comparator.comparingInt(Coverage.Strongest::questionsAnswered).reversed()
                .thenComparing(Comparator.comparingDouble(Coverage.Strongest::meanStrength).reversed()));
        return out.subList(0, Math.min(STRONGEST, out.size()));
    }

    /** The mean of the two story sentences closest to the question. */
    private static double closeness(float[] question, List<float[]> story) {
        List<Double> c = new ArrayList<>();
        for (float[] v : story) {
            c.add(SentenceEmbedder.cosine(question, v));
        }
        c.sort(Comparator.reverseOrder());
        int n = Math.min(2, c.size());
        return n == 0 ? 0 : c.subList(0, n).stream().mapToDouble(Double::doubleValue).sum() / n;
    }
}
