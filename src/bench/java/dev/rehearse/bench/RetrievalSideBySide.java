package dev.rehearse.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.RankingSettings;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SyncProgress;
import dev.rehearse.search.eval.BeirCollection;
import dev.rehearse.search.eval.BeirEvaluation;
import dev.rehearse.search.eval.RankingMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Our retrieval beside the stock LangChain4j RAG retrieval on a BEIR collection, in one JVM: the same
 * MiniLM model, the same queries and the same metrics code. Our index is built through the product
 * path ({@link BeirEvaluation}, as {@code eval-retrieval} does); the stock path is
 * {@link StockRetrieval}. Then every system answers every query, the systems taking turns query by
 * query (the order rotating) so load from other processes falls on all of them alike: one warm-up
 * round, then timed rounds. Quality comes from the first timed round; later rounds must rank the same.
 * The MiniLM embedding of the query alone takes its turn too: the floor under every system here.
 *
 * <p>Arguments: BEIR folder (default {@code ../shared/data/scifact}), timed rounds (default 3), stock
 * variants ({@code whole,recursive} by default). Writes only under {@code target/}: the Lucene index
 * goes to {@code target/side-by-side-index} and is deleted at the end. Not a test: timings are
 * reported, never asserted. Command in docs/benchmarks.md.
 */
public final class RetrievalSideBySide {

    private static final int K = 10;

    /** One system under measurement: a name, how it ranks a query, and whether its ranking is scored. */
    private record Contender(String name, Function<BeirCollection.Query, List<String>> ranker, boolean scored) {
        Contender(String name, Function<BeirCollection.Query, List<String>> ranker) {
            this(name, ranker, true);
        }
    }

    /** What building a system cost. */
    private record Build(String name, long vectors, long millis, long heapBytes, String onDisk, String loadAfter) {
    }

    private RetrievalSideBySide() {
    }

    public static void main(String[] args) throws IOException {
        Path beir = Path.of(args.length > 0 ? args[0] : "../shared/data/scifact");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<StockRetrieval.Segmenting> stockVariants = stockVariants(args.length > 2 ? args[2] : "whole,recursive");
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path indexDir = Path.of("target", "side-by-side-index");
        deleteTree(indexDir); // a leftover index would be reused and its build time would read 0

        System.out.printf(Locale.ROOT, "date %s, Java %s, %d cores, max heap %d MB, load %s%n",
                OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        BeirCollection collection = BeirCollection.load(beir);
        System.out.printf(Locale.ROOT, "%s: %d documents, %d judged test queries%n", beir, collection.documents().size(),
                collection.queries().size());

        // both wrap the same ONNX session (a static of the LangChain4j class); load and warm it before any baseline
        MiniLmEmbedder ours = new MiniLmEmbedder();
        EmbeddingModel stockModel = new AllMiniLmL6V2QuantizedEmbeddingModel();
        ours.embedAll(List.of("warm up the model", "and its thread pool"));
        stockModel.embed("warm up the model");

        List<Build> builds = new ArrayList<>();
        List<Contender> contenders = new ArrayList<>();
        List<StockRetrieval> stocks = new ArrayList<>();
        for (StockRetrieval.Segmenting variant : stockVariants) {
            long before = HeapProbe.settledUsedHeap();
            System.out.printf(Locale.ROOT, "building %s ...%n", variant.label);
            StockRetrieval stock = StockRetrieval.build(collection, stockModel, variant);
            long heap = HeapProbe.settledUsedHeap() - before;
            stocks.add(stock);
            builds.add(new Build(variant.label, stock.segments(), stock.buildMillis(), heap, "none (heap only)", load()));
            contenders.add(new Contender(variant.label, stock::rank));
        }

        long before = HeapProbe.settledUsedHeap();
        long mappedBefore = HeapProbe.mappedBytes();
        System.out.println("building the Rehearse index ...");
        long t0 = System.nanoTime();
        try (BeirEvaluation index = BeirEvaluation.index(collection, indexDir, true, ours, RankingSettings.DEFAULT, progress())) {
            long buildMillis = (System.nanoTime() - t0) / 1_000_000;
            long heap = HeapProbe.settledUsedHeap() - before;
            long mapped = HeapProbe.mappedBytes() - mappedBefore;
            builds.add(0, new Build("Rehearse (one index, all modes)", index.vectorCount(), buildMillis, heap,
                    String.format(Locale.ROOT, "%.1f MB (%.1f MB mapped)", directorySize(index.indexPath()) / 1e6, mapped / 1e6),
                    load()));
            contenders.add(0, new Contender("Rehearse hybrid", q -> index.rank(q, SearchMode.HYBRID, false)));
            contenders.add(1, new Contender("Rehearse bm25", q -> index.rank(q, SearchMode.BM25, false)));
            contenders.add(2, new Contender("Rehearse vector", q -> index.rank(q, SearchMode.VECTOR, false)));
            contenders.add(3, new Contender("Rehearse hybrid, with snippets", q -> index.rank(q, SearchMode.HYBRID, true)));
            // the floor every system here stands on: one MiniLM embedding of the query, nothing searched
            contenders.add(new Contender("MiniLM query embedding alone", q -> {
                stockModel.embed(q.text());
                return List.of();
            }, false));

            printBuilds(builds);
            System.out.printf(Locale.ROOT, "%nquerying: 1 warm-up round and %d timed rounds of %d queries, systems taking turns; load %s%n",
                    rounds, collection.queries().size(), load());
            List<Result> results = measure(collection, contenders, rounds);
            System.out.printf(Locale.ROOT, "load after querying %s%n", load());
            printResults(results, rounds);
            printComparisons(collection, results);
        }
    }

    /** Per-system figures from the timed rounds. */
    private record Result(String name, boolean scored, double ndcg, double recall, double documentsReturned,
                          double[] millis, double[] roundP50, List<List<String>> rankings, int unstable) {
    }

    private static List<Result> measure(BeirCollection collection, List<Contender> contenders, int rounds) {
        List<BeirCollection.Query> queries = collection.queries();
        int n = queries.size();
        int m = contenders.size();
        double[][] millis = new double[m][rounds * n];
        List<List<List<String>>> rankings = new ArrayList<>();
        int[] unstable = new int[m];
        for (int c = 0; c < m; c++) {
            rankings.add(new ArrayList<>(n));
        }
        for (int round = 0; round <= rounds; round++) { // round 0 warms up
            for (int i = 0; i < n; i++) {
                BeirCollection.Query q = queries.get(i);
                for (int j = 0; j < m; j++) {
                    int c = (i + round + j) % m; // who goes first changes every query
                    long start = System.nanoTime();
                    List<String> ranked = contenders.get(c).ranker().apply(q);
                    double elapsed = (System.nanoTime() - start) / 1e6;
                    if (round == 0) {
                        continue;
                    }
                    millis[c][(round - 1) * n + i] = elapsed;
                    if (round == 1) {
                        rankings.get(c).add(ranked);
                    } else if (!rankings.get(c).get(i).equals(ranked)) {
                        unstable[c]++;
                    }
                }
            }
        }
        List<Result> results = new ArrayList<>(m);
        for (int c = 0; c < m; c++) {
            double ndcg = 0;
            double recall = 0;
            double returned = 0;
            for (int i = 0; i < n; i++) {
                Map<String, Integer> judged = collection.judgements().get(queries.get(i).id());
                ndcg += RankingMetrics.ndcg(rankings.get(c).get(i), judged, K);
                recall += RankingMetrics.recall(rankings.get(c).get(i), judged, K);
                returned += rankings.get(c).get(i).size();
            }
            double[] roundP50 = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                double[] round = Arrays.copyOfRange(millis[c], r * n, (r + 1) * n);
                Arrays.sort(round);
                roundP50[r] = RankingMetrics.percentile(round, 0.50);
            }
            double[] all = millis[c].clone();
            Arrays.sort(all);
            results.add(new Result(contenders.get(c).name(), contenders.get(c).scored(), ndcg / n, recall / n, returned / n, all,
                    roundP50, rankings.get(c), unstable[c]));
        }
        return results;
    }

    private static void printBuilds(List<Build> builds) {
        System.out.printf(Locale.ROOT, "%n| index | vectors | build time | heap retained | on disk | load after build |%n");
        System.out.println("|---|---|---|---|---|---|");
        for (Build b : builds) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f s | %.1f MB | %s | %s |%n", b.name(), b.vectors(), b.millis() / 1000.0,
                    b.heapBytes() / 1e6, b.onDisk(), b.loadAfter());
        }
    }

    private static void printResults(List<Result> results, int rounds) {
        System.out.printf(Locale.ROOT, "%n| system | nDCG@10 | recall@10 | documents returned | p50 | p99 | p50 of each round |%n");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Result r : results) {
            StringBuilder perRound = new StringBuilder();
            for (double p : r.roundP50()) {
                perRound.append(perRound.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, "%.2f", p));
            }
            String quality = r.scored()
                    ? String.format(Locale.ROOT, "%.4f | %.4f | %.2f", r.ndcg(), r.recall(), r.documentsReturned())
                    : "– | – | –";
            System.out.printf(Locale.ROOT, "| %s | %s | %.2f ms | %.2f ms | %s ms |%n", r.name(), quality,
                    RankingMetrics.percentile(r.millis(), 0.50), RankingMetrics.percentile(r.millis(), 0.99), perRound);
        }
        System.out.printf(Locale.ROOT, "(latency over %d timed rounds × %d queries per system)%n", rounds,
                results.get(0).rankings().size());
        for (Result r : results) {
            if (r.unstable() > 0) {
                System.out.printf(Locale.ROOT, "note: %s ranked %d queries differently in a later round%n", r.name(), r.unstable());
            }
        }
    }

    /** Our hybrid against each stock variant: the gap and, query by query, who ranked better. */
    private static void printComparisons(BeirCollection collection, List<Result> results) {
        Result hybrid = results.get(0);
        List<BeirCollection.Query> queries = collection.queries();
        System.out.println();
        for (Result other : results.stream().filter(r -> r.name().startsWith("stock")).toList()) {
            int better = 0;
            int worse = 0;
            for (int i = 0; i < queries.size(); i++) {
                Map<String, Integer> judged = collection.judgements().get(queries.get(i).id());
                double a = RankingMetrics.ndcg(hybrid.rankings().get(i), judged, K);
                double b = RankingMetrics.ndcg(other.rankings().get(i), judged, K);
                better += a > b + 1e-12 ? 1 : 0;
                worse += b > a + 1e-12 ? 1 : 0;
            }
            double p50 = RankingMetrics.percentile(hybrid.millis(), 0.50);
            double otherP50 = RankingMetrics.percentile(other.millis(), 0.50);
            System.out.printf(Locale.ROOT,
                    "Rehearse hybrid vs %s: nDCG@10 %+.4f (better on %d queries, worse on %d, equal on %d); p50 %.2f vs %.2f ms (ratio %.2f)%n",
                    other.name(), hybrid.ndcg() - other.ndcg(), better, worse, queries.size() - better - worse, p50, otherP50,
                    p50 / otherP50);
        }
    }

    private static List<StockRetrieval.Segmenting> stockVariants(String arg) {
        List<StockRetrieval.Segmenting> variants = new ArrayList<>();
        for (String name : arg.split(",")) {
            switch (name.strip()) {
                case "whole" -> variants.add(StockRetrieval.Segmenting.WHOLE_DOCUMENT);
                case "recursive" -> variants.add(StockRetrieval.Segmenting.RECURSIVE_300_30);
                default -> throw new IllegalArgumentException("unknown stock variant '" + name + "': use whole, recursive or both");
            }
        }
        return variants;
    }

    private static SyncProgress progress() {
        return (done, total) -> {
            if (done == total || done % 1024 < 32) {
                System.out.printf(Locale.ROOT, "embedded %d/%d (load %s)%n", done, total, load());
            }
        };
    }

    /** The 1, 5 and 15 minute load averages, as the kernel reports them. */
    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long directorySize(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file Lucene deleted meanwhile
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
