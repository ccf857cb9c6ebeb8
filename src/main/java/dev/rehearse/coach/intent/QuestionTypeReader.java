package dev.rehearse.coach.intent;

import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.coach.text.RuleFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a question's type by meaning: the question's sentence embedding against example questions of every type
 * ({@code coach/intent/question-examples.txt}), each family scored by the mean similarity of its few nearest
 * examples. Nearest neighbours rather than one centroid a family, because a family's wordings fall into several
 * clusters ("what are you good at" and "why should we hire you" both ask for strengths). The examples are embedded
 * on first use ({@link #warmUp}); question readings are cached, since a candidate asks the same question many times.
 * Thread-safe.
 */
public final class QuestionTypeReader {

    /** How many of a family's nearest examples are averaged: one stray example should not decide. */
    static final int NEAREST = 3;
    /** Questions whose readings are kept; past this the cache starts again. */
    private static final int CACHE = 512;

    private final SentenceEmbedder embedder;
    private final List<String> families = new ArrayList<>();
    private final List<String> examples = new ArrayList<>();
    private final Map<String, QuestionType> typeOf = new HashMap<>();
    private final Map<String, Optional<TypeReading>> readings = new ConcurrentHashMap<>();
    private volatile List<float[]> vectors;

    QuestionTypeReader(SentenceEmbedder embedder, RuleFile file) {
        this.embedder = embedder;
        Map<String, List<String>> mapped = file.values("coach-type");
        for (String family : file.sections()) {
            if (family.equals("coach-type")) {
                continue;
            }
            String wire = mapped.containsKey(family) ? mapped.get(family).get(0) : family;
            QuestionType type = QuestionType.fromWireName(wire).orElseThrow(() -> new IllegalStateException(
                    file.name() + ": [" + family + "] is no question type; map it in [coach-type]"));
            typeOf.put(family, type);
            for (String line : file.lines(family)) {
                families.add(family);
                examples.add(line);
            }
        }
    }

    /** Over the bundled examples. */
    public static QuestionTypeReader bundled(SentenceEmbedder embedder) {
        return new QuestionTypeReader(embedder, RuleFile.load("intent/question-examples.txt"));
    }

    /** Embeds the examples now, so no request waits for them. */
    public void warmUp() {
        examples();
    }

    /** The type the question's meaning is closest to; empty for a question with nothing to read. */
    public Optional<TypeReading> read(String question) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty() || q.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Optional<TypeReading> known = readings.get(q);
        if (known != null) {
            return known;
        }
        Optional<TypeReading> r = Optional.of(nearest(embedder.embed(List.of(q)).get(0)));
        if (readings.size() >= CACHE) {
            readings.clear();
        }
        readings.put(q, r);
        return r;
    }

    private TypeReading nearest(float[] question) {
        List<float[]> all = examples();
        Map<String, List<Double>> byFamily = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byFamily.computeIfAbsent(families.get(i), f -> new ArrayList<>()).add(SentenceEmbedder.cosine(question, all.get(i)));
        }
        Map<String, Double> score = new LinkedHashMap<>();
        byFamily.forEach((family, sims) -> score.put(family, sims.stream().sorted(Comparator.reverseOrder())
                .limit(NEAREST).mapToDouble(Double::doubleValue).average().orElse(0)));
        // ties go to the family listed first in the file, so the same question always reads the same
        String best = null;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (best == null || e.getValue() > score.get(best)) {
                best = e.getKey();
            }
        }
        QuestionType type = typeOf.get(best);
        double other = 0;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (typeOf.get(e.getKey()) != type) {
                other = Math.max(other, e.getValue());
            }
        }
        return new TypeReading(type, best, score.get(best), score.get(best) - other);
    }

    private List<float[]> examples() {
        List<float[]> v = vectors;
        if (v == null) {
            synchronized (this) {
                v = vectors;
                if (v == null) {
                    v = List.copyOf(embedder.embed(examples));
                    vectors = v;
                }
            }
        }
        return v;
    }
}
