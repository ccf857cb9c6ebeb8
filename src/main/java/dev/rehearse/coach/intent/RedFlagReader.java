package dev.rehearse.coach.intent;

import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.coach.text.RuleFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads red flags by meaning: each sentence of a draft against example sentences of blame, a dodge, badmouthing, a
 * disguised-strength weakness and declining to ask anything ({@code coach/intent/red-flags.txt}). Phrase cues miss
 * paraphrases ("it wasn't really down to me"); a sentence embedding hears them. Each flag also has near misses, so a
 * fair sentence on the same topic (owning a mistake, a hard stakeholder described fairly) stays clear of it. The
 * sentence is compared with the mean of its few nearest examples on each side. The examples are embedded on first
 * use ({@link #warmUp}). Thread-safe.
 */
public final class RedFlagReader {

    /**
     * How many nearest examples are averaged on each side: one "like" sentence that happens to share a topic word
     * with a fair sentence should not raise the flag on its own.
     */
    static final int NEAREST = 3;

    private final SentenceEmbedder embedder;
    private final Map<String, FlagPrototypes> flags = new LinkedHashMap<>();
    private volatile Map<String, List<float[]>[]> vectors;

    RedFlagReader(SentenceEmbedder embedder, RuleFile file) {
        this.embedder = embedder;
        for (String name : file.sections()) {
            Map<String, List<String>> v = file.values(name);
            List<String> requires = v.getOrDefault("requires", List.of());
            flags.put(name, new FlagPrototypes(name, number(file, name, v, "threshold"), number(file, name, v, "margin"),
                    v.getOrDefault("like", List.of()), v.getOrDefault("unlike", List.of()),
                    requires.isEmpty() ? null : dev.rehearse.text.LinearRegex.compileIgnoringCase(requires.get(0))));
        }
    }

    /** Over the bundled example sentences. */
    public static RedFlagReader bundled(SentenceEmbedder embedder) {
        return from(embedder, "intent/red-flags.txt");
    }

    /** Over the example sentences of {@code coach/<ruleFile>} on the class path, laid out as red-flags.txt is. */
    public static RedFlagReader from(SentenceEmbedder embedder, String ruleFile) {
        return new RedFlagReader(embedder, RuleFile.load(ruleFile));
    }

    /** Embeds the example sentences now, so no request waits for them. */
    public void warmUp() {
        prototypes();
    }

    /** Whether this reader has examples of the flag. */
    public boolean reads(String flag) {
        return flags.containsKey(flag);
    }

    /**
     * The sentences that read as each of the wanted flags. The sentences are embedded once, and only when a wanted
     * flag is one this reader knows.
     *
     * @return for each wanted flag it knows, its hits in sentence order (possibly none)
     */
    public Map<String, List<FlagHit>> find(Set<String> wanted, List<String> sentences) {
        List<String> known = wanted.stream().filter(flags::containsKey).sorted().toList();
        Map<String, List<FlagHit>> out = new LinkedHashMap<>();
        if (known.isEmpty()) {
            return out;
        }
        List<float[]> sentenceVectors = sentences.isEmpty() ? List.of() : embedder.embed(sentences);
        Map<String, List<float[]>[]> examples = prototypes();
        for (String flag : known) {
            FlagPrototypes p = flags.get(flag);
            List<FlagHit> hits = new ArrayList<>();
            for (int i = 0; i < sentenceVectors.size(); i++) {
                float[] s = sentenceVectors.get(i);
                List<float[]>[] e = examples.get(flag);
                double like = mean(s, e[0], NEAREST);
                double unlike = mean(s, e[1], NEAREST);
                if (like >= p.threshold() && like - unlike >= p.margin()
                        && (p.requires() == null || p.requires().matcher(sentences.get(i)).find())) {
                    int nearest = nearest(s, e[0]);
                    hits.add(new FlagHit(i, SentenceEmbedder.cosine(s, e[0].get(nearest)), p.like().get(nearest)));
                }
            }
            out.put(flag, hits);
        }
        return out;
    }

    /** A sentence's mean similarity to the flag's nearest "like" and nearest "unlike" examples, for choosing thresholds. */
    public double[] closeness(String flag, String sentence) {
        float[] s = embedder.embed(List.of(sentence)).get(0);
        List<float[]>[] examples = prototypes().get(flag);
        return new double[] {mean(s, examples[0], NEAREST), mean(s, examples[1], NEAREST)};
    }

    private static int nearest(float[] s, List<float[]> examples) {
        int best = 0;
        double sim = -2;
        for (int i = 0; i < examples.size(); i++) {
            double c = SentenceEmbedder.cosine(s, examples.get(i));
            if (c > sim) {
                sim = c;
                best = i;
            }
        }
        return best;
    }

    private static double mean(float[] s, List<float[]> examples, int k) {
        return examples.stream().mapToDouble(e -> SentenceEmbedder.cosine(s, e)).boxed()
                .sorted(java.util.Comparator.reverseOrder()).limit(k).mapToDouble(Double::doubleValue).average().orElse(0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<float[]>[]> prototypes() {
        Map<String, List<float[]>[]> v = vectors;
        if (v == null) {
            synchronized (this) {
                v = vectors;
                if (v == null) {
                    v = new LinkedHashMap<>();
                    for (FlagPrototypes p : flags.values()) {
                        v.put(p.name(), new List[] {embedder.embed(p.like()), embedder.embed(p.unlike())});
                    }
                    vectors = v;
                }
            }
        }
        return v;
    }

    private static double number(RuleFile file, String flag, Map<String, List<String>> v, String key) {
        List<String> value = v.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(file.name() + " [" + flag + "]: no " + key);
        }
        return Double.parseDouble(value.get(0));
    }
}
