package dev.rehearse.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedder whose model loads on a background thread, so the rest of a start-up goes on meanwhile: opening an
 * index whose passages are unchanged needs only the model's name and dimension, known in advance. Every call that
 * needs the model itself waits for it; {@link #awaitLoaded()} waits on purpose, before the server listens.
 */
public final class BackgroundEmbedder implements Embedder {

    private static final Logger log = LoggerFactory.getLogger(BackgroundEmbedder.class);
    private final CompletableFuture<Embedder> model = new CompletableFuture<>();
    private final int dimension;
    private final String modelId;

    private BackgroundEmbedder(int dimension, String modelId) {
        this.dimension = dimension;
        this.modelId = modelId;
    }

    /**
     * Starts {@code loader} on a daemon thread and returns at once.
     *
     * @param dimension what the loaded model's {@link Embedder#dimension()} will say
     * @param modelId   what the loaded model's {@link Embedder#modelId()} will say
     */
    public static BackgroundEmbedder load(Supplier<? extends Embedder> loader, int dimension, String modelId) {
        BackgroundEmbedder e = new BackgroundEmbedder(dimension, modelId);
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                e.model.complete(loader.get());
                log.info("Embedding model {} loaded in {} ms", modelId, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException | Error failure) {
                e.model.completeExceptionally(failure);
            }
        }, "embedding-model-loader");
        t.setDaemon(true);
        t.start();
        return e;
    }

    /** The loaded model; a load that failed throws its own exception here, on every call. */
    private Embedder model() {
        try {
            Embedder loaded = model.join();
            if (loaded.dimension() != dimension || !loaded.modelId().equals(modelId)) {
                throw new IllegalStateException("the embedding model loaded is " + loaded.modelId() + " (" + loaded.dimension()
                        + " dimensions), not the " + modelId + " (" + dimension + ") announced");
            }
            return loaded;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void awaitLoaded() {
        model();
    }

    @Override
    public float[] embed(String text) {
        return model().embed(text);
    }

    @Override
    public float[] embedQuery(String text) {
        return model().embedQuery(text);
    }

    @Override
    public boolean reads(String text) {
        return model().reads(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model().embedAll(texts);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public List<String> windows(String heading, String body) {
        return model().windows(heading, body);
    }
}
