package dev.rehearse.search;

import java.util.concurrent.Executor;

/** The default model, {@link EmbeddingChoice#MINILM}, for callers and tests that want it whatever is configured. */
public final class MiniLmEmbedder extends OnnxEmbedder {

    /** What {@link #modelId()} says with the default window, known before the model is loaded. */
    public static final String MODEL_ID = EmbeddingChoice.MINILM.modelId();

    public MiniLmEmbedder() {
        this(null);
    }

    /** @param executor runs {@link #embedAll} in parallel; null for one thread per core */
    public MiniLmEmbedder(Executor executor) {
        super(EmbeddingChoice.MINILM, executor);
    }

    /** MiniLM loading on a background thread: {@code serve} opens the index and the server meanwhile. */
    public static BackgroundEmbedder loadInBackground() {
        return EmbeddingChoice.MINILM.loadInBackground();
    }
}
