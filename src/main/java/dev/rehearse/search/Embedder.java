package dev.rehearse.search;

import java.util.List;

/**
 * Turns text into a dense vector for semantic search. Implementations must be safe to call from
 * several threads at once: the HTTP server embeds queries concurrently while a sync embeds passages.
 */
public interface Embedder {

    /** The vector of one text; long text is cut to what the model reads. */
    float[] embed(String text);

    /**
     * The vector of a search query, to compare with passages embedded by {@link #embedAll}. Some models (BGE) were
     * trained with an instruction in front of queries only; the others embed a query like any text.
     */
    default float[] embedQuery(String text) {
        return embed(text);
    }

    /**
     * Whether the model finds anything to read in the text. A query of only control characters, zero-width spaces or
     * U+FFFD has nothing left once the model's tokenizer cleans it, and the model refuses to embed it; search then
     * ranks by words alone.
     */
    default boolean reads(String text) {
        return text != null && !text.isBlank();
    }

    /** The vectors of several texts, in order. */
    List<float[]> embedAll(List<String> texts);

    /** Cosine similarity of two vectors of one model; 0 when either is all zeros. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Length of every vector. */
    int dimension();

    /**
     * Returns once the model can embed, or throws what stopped it loading. A model may load in the background
     * ({@link BackgroundEmbedder}); the server calls this before it listens, so no request is the one that waits.
     */
    default void awaitLoaded() {
    }

    /** Names the model; the index is rebuilt when it changes, since old vectors would not compare. */
    String modelId();

    /**
     * The pieces of a passage that get a vector each: the heading with as much of the body as the
     * model reads at once, then further overlapping windows of the body when it is longer. Search
     * takes the best window of a passage, so a match deep in a long passage is not averaged away.
     * The default is a single piece, for models without a short reading window.
     */
    default List<String> windows(String heading, String body) {
        return List.of(heading == null || heading.isBlank() ? body : heading + "\n" + body);
    }
}
