package dev.rehearse.search;

/** One real MiniLM model for every test in the JVM: loading it takes most of a second. */
final class SharedEmbedder {

    private static MiniLmEmbedder instance;

    private SharedEmbedder() {
    }

    static synchronized MiniLmEmbedder get() {
        if (instance == null) {
            instance = new MiniLmEmbedder();
        }
        return instance;
    }
}
