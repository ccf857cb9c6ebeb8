package dev.rehearse.testing;

import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real embedding model and an index of the bundled knowledge folder, built once per test JVM:
 * loading the model and embedding the notes take a couple of seconds that every test class would
 * otherwise pay again.
 */
public final class BundledKnowledge {

    public static final Path FOLDER = Path.of("knowledge");
    private static MiniLmEmbedder embedder;
    private static KnowledgeIndex index;

    private BundledKnowledge() {
    }

    public static synchronized MiniLmEmbedder embedder() {
        if (embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return embedder;
    }

    /** A read-only index of {@code knowledge/}; tests that change knowledge build their own. */
    public static synchronized KnowledgeIndex index() {
        if (index == null) {
            try {
                Path dir = Files.createTempDirectory("rehearse-bundled-index");
                index = KnowledgeIndex.open(FOLDER, dir, embedder());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }
}
