package dev.rehearse.search;

import dev.rehearse.testing.BundledKnowledge;

/** The one real MiniLM model of the test JVM (see {@link BundledKnowledge#embedder()}), under this package's name. */
final class SharedEmbedder {

    private SharedEmbedder() {
    }

    static MiniLmEmbedder get() {
        return BundledKnowledge.embedder();
    }
}
