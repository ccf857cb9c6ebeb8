package dev.rehearse.coach.roles;

import dev.rehearse.search.Embedder;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The sentence embedding the coach reads meaning with, handed in by the composition root so the coach does not
 * build or own a model. {@code modelId} names the model: a role model trained on one model's vectors is useless
 * with another's, so the id is part of the cached model's name.
 */
public record SentenceEmbedder(String modelId, Function<List<String>, List<float[]>> embedAll) {

    public SentenceEmbedder {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(embedAll, "embedAll");
    }

    /** The vectors of several texts in one call, in order. */
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        // the model refuses text with nothing to read in it (control characters, a null byte, zero-width or other
        // invisible characters only), which a pasted draft or question can be: such text means nothing, so it is
        // embedded as a bare full stop and matches nothing in particular
        List<float[]> vectors = embedAll.apply(texts.stream().map(t -> readable(t) ? t : ".").toList());
        if (vectors.size() != texts.size()) {
            throw new IllegalStateException("the embedding model returned " + vectors.size() + " vectors for " + texts.size() + " texts");
        }
        return vectors;
    }

    /** Whether the text holds a letter or a digit, the least an embedding can read. */
    static boolean readable(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Cosine similarity; 0 when either vector is all zeros. */
    public static double cosine(float[] a, float[] b) {
        return Embedder.cosine(a, b);
    }
}
