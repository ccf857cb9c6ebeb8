package dev.rehearse.search.eval;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.search.Embedder;
import dev.rehearse.search.FileUpdate;
import dev.rehearse.search.IndexedFile;
import dev.rehearse.search.PassageIndex;
import dev.rehearse.search.RankingSettings;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.search.SyncProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures our retrieval on a BEIR collection: its documents become research passages of one
 * pseudo-file, indexed by the same {@link PassageIndex} the product uses, and its test queries are
 * run through the same search API with k = 10.
 */
public final class BeirEvaluation implements AutoCloseable {

    static final int K = 10;
    private static final String SOURCE = "corpus.jsonl";

    private final BeirCollection collection;
    private final PassageIndex index;
    private final Path tempDir;
    private final long indexMillis;

    private BeirEvaluation(BeirCollection collection, PassageIndex index, Path tempDir, long indexMillis) {
        this.collection = collection;
        this.index = index;
        this.tempDir = tempDir;
        this.indexMillis = indexMillis;
    }

    /** Indexes the collection into a temporary folder, deleted on {@link #close()}. */
    public static BeirEvaluation index(BeirCollection collection, Embedder embedder, SyncProgress progress) {
        Path dir;
        try {
            dir = Files.createTempDirectory("rehearse-beir-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary index folder", e);
        }
        return index(collection, dir, true, embedder, RankingSettings.DEFAULT, progress);
    }

    /**
     * Indexes into {@code dir}, reusing an index already built there for the same collection and
     * model: lets ranking experiments try query-time settings without re-embedding.
     */
    public static BeirEvaluation index(BeirCollection collection, Path dir, boolean temporary, Embedder embedder,
                                       RankingSettings settings, SyncProgress progress) {
        PassageIndex index = PassageIndex.open(dir, embedder, settings);
        try {
            long start = System.nanoTime();
            String fingerprint = fingerprint(collection);
            IndexedFile existing = index.files().get(SOURCE);
            if (existing == null || !existing.hash().equals(fingerprint)) {
                index.apply(List.of(new FileUpdate(SOURCE, fingerprint, passages(collection))), List.of(), progress);
            }
            return new BeirEvaluation(collection, index, temporary ? dir : null, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            try {
                index.close();
            } catch (IOException ignored) {
                // reporting the first failure
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Indexes the folder and evaluates one mode. */
    public static RetrievalEvaluation run(Path beirDir, SearchMode mode, Embedder embedder) {
        return run(beirDir, List.of(mode), embedder, SyncProgress.NONE).get(0);
    }

    /** Indexes the folder once and evaluates each mode on it. */
    public static List<RetrievalEvaluation> run(Path beirDir, List<SearchMode> modes, Embedder embedder, SyncProgress progress) {
        BeirCollection collection = BeirCollection.load(beirDir);
        try (BeirEvaluation eval = index(collection, embedder, progress)) {
            return modes.stream().map(eval::evaluate).toList();
        }
    }

    /** Runs every test query once to warm up, then once more timed and scored. */
    public RetrievalEvaluation evaluate(SearchMode mode) {
        List<BeirCollection.Query> queries = collection.queries();
        for (BeirCollection.Query q : queries) {
            search(q, mode);
        }
        double[] millis = new double[queries.size()];
        double ndcg = 0;
        double recall = 0;
        for (int i = 0; i < queries.size(); i++) {
            BeirCollection.Query q = queries.get(i);
            long t0 = System.nanoTime();
            List<String> ranked = search(q, mode);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            Map<String, Integer> judged = collection.judgements().get(q.id());
            ndcg += RankingMetrics.ndcg(ranked, judged, K);
            recall += RankingMetrics.recall(ranked, judged, K);
        }
        Arrays.sort(millis);
        int n = queries.size();
        return new RetrievalEvaluation(mode, collection.documents().size(), n, ndcg / n, recall / n,
                RankingMetrics.percentile(millis, 0.50), RankingMetrics.percentile(millis, 0.99), indexMillis,
                index.vectorCount());
    }

    /** Document ids of the top hits; a document with the query's own id is skipped, as BEIR does. */
    private List<String> search(BeirCollection.Query q, SearchMode mode) {
        List<String> ids = new ArrayList<>(K);
        for (SearchHit h : index.search(new SearchQuery(q.text(), K + 1, mode, null, null))) {
            if (!h.passage().id().equals(q.id()) && ids.size() < K) {
                ids.add(h.passage().id());
            }
        }
        return ids;
    }

    private static List<Passage> passages(BeirCollection c) {
        List<Passage> passages = new ArrayList<>(c.documents().size());
        for (BeirCollection.Document d : c.documents()) {
            passages.add(new Passage(d.id(), SOURCE, 1, 1, PassageKind.RESEARCH, "", d.title(), d.text()));
        }
        return passages;
    }

    private static String fingerprint(BeirCollection c) {
        long h = 17;
        for (BeirCollection.Document d : c.documents()) {
            h = h * 31 + d.id().hashCode();
            h = h * 31 + d.title().hashCode();
            h = h * 31 + d.text().hashCode();
        }
        return c.documents().size() + ":" + Long.toHexString(h);
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tempDir != null) {
                deleteTree(tempDir);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the OS cleans it
        }
    }
}
