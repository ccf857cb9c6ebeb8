package dev.rehearse.coach.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a draft's meaning with the sentence embedding: the role of each sentence from the trained classifier, and
 * how close each sentence comes to the question. The draft's sentences are embedded in one call and the same
 * vectors serve both; the question's vector and each type's description vector are cached, since a candidate
 * critiques many drafts of the same question. The classifier is loaded or trained on first use ({@link #warmUp}
 * does it ahead of the first request). Thread-safe.
 */
public final class MeaningReader {

    /** Questions whose vectors are kept; past this the cache starts again rather than grow with every question. */
    private static final int QUESTION_CACHE = 512;


    private final SentenceEmbedder embedder;
    private final RoleModelCache cache;
    private final QuestionIntents intents = QuestionIntents.bundled();
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private volatile RoleClassifier classifier;

    public MeaningReader(SentenceEmbedder embedder, RoleModelCache cache) {
        this.embedder = embedder;
        this.cache = cache;
    }

    /** Loads or trains the role model now, so no request waits for it. */
    public void warmUp() {
        classifier();
    }

    /**
     * The roles of the sentences and their closeness to the question.
     *
     * @param question  the question as asked (may be empty)
     * @param type      the question type's wire name
     * @param sentences the draft's sentences, in order
     */
    public DraftMeaning read(String question, String type, List<String> sentences) {
        return read(question, type, sentences, List.of());
    }

    /**
     * As above, and the draft sentence closest to each thing the interviewer said (the caller picks the replies that
     * bear on the question). The replies' vectors are cached like the question's, so this adds no model call per
     * draft.
     */
    public DraftMeaning read(String question, String type, List<String> sentences, List<String> said) {
        if (sentences.isEmpty()) {
            return new DraftMeaning(List.of(), List.of(), "the question", List.of());
        }
        List<float[]> sentenceVectors = embedder.embed(sentences);
        List<RolePrediction> roles = classifier().predict(sentences, sentenceVectors);
        List<float[]> targets = new ArrayList<>();
        if (!question.isBlank()) {
            targets.add(vector(question.strip()));
        }
        Optional<String> intent = intents.of(type);
        intent.ifPresent(i -> targets.add(vector(i)));
        List<Double> similarity = new ArrayList<>(sentences.size());
        for (float[] v : sentenceVectors) {
            double best = 0;
            for (float[] t : targets) {
                best = Math.max(best, SentenceEmbedder.cosine(v, t));
            }
            similarity.add(best);
        }
        String basis = intent.isPresent() && !question.isBlank() ? "the question and what its type asks for"
                : intent.isPresent() ? "what the question's type asks for" : "the question";
        return new DraftMeaning(roles, similarity, basis, said(said, sentenceVectors));
    }

    private List<SaidMatch> said(List<String> said, List<float[]> sentenceVectors) {
        List<SaidMatch> out = new ArrayList<>();
        for (int i = 0; i < said.size(); i++) {
            if (said.get(i).isBlank()) {
                continue;
            }
            float[] reply = vector(said.get(i).strip());
            int best = 0;
            double bestSim = -1;
            for (int j = 0; j < sentenceVectors.size(); j++) {
                double sim = SentenceEmbedder.cosine(sentenceVectors.get(j), reply);
                if (sim > bestSim) {
                    best = j;
                    bestSim = sim;
                }
            }
            out.add(new SaidMatch(i, best, bestSim));
        }
        return out;
    }

    private float[] vector(String text) {
        float[] v = vectors.get(text);
        if (v == null) {
            if (vectors.size() >= QUESTION_CACHE) {
                vectors.clear();
            }
            v = embedder.embed(List.of(text)).get(0);
            vectors.put(text, v);
        }
        return v;
    }

    private RoleClassifier classifier() {
        RoleClassifier c = classifier;
        if (c == null) {
            synchronized (this) {
                c = classifier;
                if (c == null) {
                    c = cache.loadOrTrain(RoleTrainingSet.bundled(), RoleCues.shared(), embedder);
                    classifier = c;
                }
            }
        }
        return c;
    }

    /** The classifier itself, for measuring it. */
    public RoleClassifier roleClassifier() {
        return classifier();
    }
}
