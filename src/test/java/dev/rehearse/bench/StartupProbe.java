package dev.rehearse.bench;

import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.SyncReport;
import java.nio.file.Path;

/**
 * What a start of Rehearse costs beyond the JVM itself: loading the embedding model, opening the
 * index and syncing the knowledge folder. Run in a fresh JVM by {@link RetrievalBenchmark}, so
 * nothing is warm; prints one line of figures.
 */
public final class StartupProbe {

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        long t1 = System.nanoTime();
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of(args[0]), Path.of(args[1]), embedder)) {
            long t2 = System.nanoTime();
            SyncReport r = index.stats().lastReport();
            System.out.printf("model_ms=%.1f open_ms=%.1f total_ms=%.1f embedded=%d passages=%d%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, r.passagesEmbedded(), r.passagesTotal());
        }
    }
}
