package dev.rehearse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.bench.load.ProcessMemory;
import dev.rehearse.search.EmbeddingChoice;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.OnnxEmbedder;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.search.SyncReport;
import dev.rehearse.search.eval.BeirCollection;
import dev.rehearse.search.eval.BeirEvaluation;
import dev.rehearse.search.eval.RankingMetrics;
import dev.rehearse.search.eval.RetrievalEvaluation;
import dev.rehearse.testing.FolderSnapshot;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The two embedding models of {@code REHEARSE_EMBEDDING} side by side in one run, so both meet the same machine load:
 * SciFact (quality and query latency, vector and hybrid), the long drafts of
 * {@code src/test/resources/retrieval/long-queries.jsonl} over the bundled knowledge (quality and query latency),
 * the first index of the bundled knowledge, and {@code serve}'s start-up with unchanged knowledge (child JVMs, as
 * {@link StartupBenchmark} does, taking turns between the models). Figures are printed, never asserted.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:java@bench -Drehearse.bench=dev.rehearse.bench.EmbeddingModelComparison \
 *   -Dexec.args="beir=../shared/data/scifact starts=3"
 * </pre>
 */
public final class EmbeddingModelComparison {

    private static final Path LONG_QUERIES = Path.of("src/test/resources/retrieval/long-queries.jsonl");
    private static final int K = 10;

    private record Judged(String text, Map<String, Integer> relevant) {
    }

    private EmbeddingModelComparison() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        Path beir = Path.of(opts.getOrDefault("beir", "../shared/data/scifact"));
        int starts = Integer.parseInt(opts.getOrDefault("starts", "3"));
        Path bundled = Path.of(opts.getOrDefault("knowledge", "knowledge")).toAbsolutePath();
        System.out.printf(Locale.ROOT, "%d cores, load average %.2f at the start%n",
                Runtime.getRuntime().availableProcessors(), ProcessMemory.loadAverage());

        List<Judged> drafts = longQueries();
        BeirCollection scifact = sample(BeirCollection.load(beir), Integer.parseInt(opts.getOrDefault("documents", "0")));
        System.out.printf(Locale.ROOT, "%s: %d documents, %d queries%n", beir, scifact.documents().size(),
                scifact.queries().size());
        Map<EmbeddingChoice, Map<String, String>> rows = new EnumMap<>(EmbeddingChoice.class);
        for (EmbeddingChoice choice : EmbeddingChoice.values()) {
            long t0 = System.nanoTime();
            OnnxEmbedder embedder = new OnnxEmbedder(choice, null);
            embedder.embedAll(List.of("warm up the model", "and its thread pool"));
            Map<String, String> row = new LinkedHashMap<>();
            row.put("model load and warm-up in this JVM", ms((System.nanoTime() - t0) / 1e6));
            bundledKnowledge(bundled, embedder, drafts, row);
            scifact(scifact, embedder, row);
            rows.put(choice, row);
            System.out.println(choice.settingName() + ": " + row);
        }
        Map<EmbeddingChoice, List<Double>> ready = startUps(bundled, starts);
        for (EmbeddingChoice choice : EmbeddingChoice.values()) {
            rows.get(choice).put("serve start-up, unchanged knowledge (median of " + starts + ")",
                    ms(StartupBenchmark.median(ready.get(choice))));
        }
        System.out.printf(Locale.ROOT, "%nload average %.2f at the end%n%n", ProcessMemory.loadAverage());
        table(rows);
    }

    /** First index of a copy of the bundled knowledge, then the long drafts as queries over it. */
    private static void bundledKnowledge(Path bundled, OnnxEmbedder embedder, List<Judged> drafts, Map<String, String> row)
            throws Exception {
        Path work = Files.createTempDirectory("rehearse-embedding-");
        try {
            Path knowledge = work.resolve("knowledge");
            FolderSnapshot.copy(bundled, knowledge);
            try (KnowledgeIndex index = KnowledgeIndex.open(knowledge, work.resolve("index"), embedder)) {
                SyncReport first = index.stats().lastReport();
                row.put("first index of the bundled knowledge", ms(first.millis()) + " (" + first.passagesEmbedded()
                        + " passages)");
                for (SearchMode mode : List.of(SearchMode.VECTOR, SearchMode.HYBRID)) {
                    longDrafts(index, drafts, mode, row);
                }
            }
        } finally {
            StartupBenchmark.deleteTree(work);
        }
    }

    private static void longDrafts(KnowledgeIndex index, List<Judged> drafts, SearchMode mode, Map<String, String> row) {
        for (Judged d : drafts) {
            index.search(SearchQuery.of(d.text(), K).withMode(mode), false); // warm-up
        }
        double ndcg = 0;
        List<Double> millis = new ArrayList<>();
        for (Judged d : drafts) {
            long t0 = System.nanoTime();
            List<String> ranked = index.search(SearchQuery.of(d.text(), K).withMode(mode), false).stream()
                    .map(SearchHit::passage).map(p -> p.id()).toList();
            millis.add((System.nanoTime() - t0) / 1e6);
            ndcg += RankingMetrics.ndcg(ranked, d.relevant(), K);
        }
        row.put(drafts.size() + " long drafts, " + mode.wireName() + " nDCG@10", String.format(Locale.ROOT, "%.4f",
                ndcg / drafts.size()));
        row.put(drafts.size() + " long drafts, " + mode.wireName() + " p50 query", ms(StartupBenchmark.median(millis)));
    }

    private static void scifact(BeirCollection collection, OnnxEmbedder embedder, Map<String, String> row) {
        try (BeirEvaluation eval = BeirEvaluation.index(collection, embedder, (done, total) -> {
            if (done == total || done % 512 < 16) {
                System.out.printf(Locale.ROOT, "  SciFact embedded %d/%d%n", done, total);
            }
        })) {
            row.put("SciFact index build", ms(eval.indexMillis()) + " (" + eval.vectorCount() + " vectors)");
            for (SearchMode mode : List.of(SearchMode.VECTOR, SearchMode.HYBRID)) {
                RetrievalEvaluation r = eval.evaluate(mode);
                row.put("SciFact " + mode.wireName() + " nDCG@10", String.format(Locale.ROOT, "%.4f", r.ndcgAt10()));
                row.put("SciFact " + mode.wireName() + " p50 query", ms(r.p50Millis()));
            }
        }
    }

    /** Each model's start-ups, taking turns so a change of machine load falls on both. */
    private static Map<EmbeddingChoice, List<Double>> startUps(Path bundled, int runs) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> jvm = List.of("-Xmx320m");
        Path work = Files.createTempDirectory("rehearse-embedding-start-");
        Map<EmbeddingChoice, List<Double>> ready = new EnumMap<>(EmbeddingChoice.class);
        try {
            Path home = Files.createDirectories(work.resolve("home"));
            Map<EmbeddingChoice, List<String>> serve = new EnumMap<>(EmbeddingChoice.class);
            for (EmbeddingChoice choice : EmbeddingChoice.values()) {
                Path knowledge = work.resolve(choice.settingName()).resolve("knowledge");
                FolderSnapshot.copy(bundled, knowledge);
                serve.put(choice, List.of("serve", "--host", "127.0.0.1", "--knowledge", knowledge.toString(),
                        "--data-dir", work.resolve(choice.settingName()).resolve("data").toString()));
                StartupBenchmark.startServer(http, home, jvm, serve.get(choice), env(choice)); // builds the index
                ready.put(choice, new ArrayList<>());
            }
            for (int i = 0; i < runs; i++) {
                for (EmbeddingChoice choice : EmbeddingChoice.values()) {
                    StartupBenchmark.Run run = StartupBenchmark.startServer(http, home, jvm, serve.get(choice), env(choice));
                    if (run.embedded() != 0) {
                        throw new IllegalStateException(choice + " embedded " + run.embedded() + " passages on a restart");
                    }
                    ready.get(choice).add(run.readyMs());
                }
            }
        } finally {
            StartupBenchmark.deleteTree(work);
        }
        return ready;
    }

    /**
     * Every judged document and seeded random others up to {@code size} in all (0 for the whole collection): on a
     * loaded machine BGE takes hours over all 5,183 abstracts. Both models meet the same sample, so their figures
     * compare with each other, not with the whole collection's.
     */
    private static BeirCollection sample(BeirCollection all, int size) {
        if (size <= 0 || size >= all.documents().size()) {
            return all;
        }
        Set<String> judged = new HashSet<>();
        all.judgements().values().forEach(j -> judged.addAll(j.keySet()));
        List<BeirCollection.Document> others = new ArrayList<>(all.documents().stream()
                .filter(d -> !judged.contains(d.id())).toList());
        Collections.shuffle(others, new Random(16));
        List<BeirCollection.Document> kept = new ArrayList<>(all.documents().stream().filter(d -> judged.contains(d.id())).toList());
        kept.addAll(others.subList(0, Math.max(0, Math.min(others.size(), size - kept.size()))));
        return new BeirCollection(kept, all.queries(), all.judgements());
    }

    private static Map<String, String> env(EmbeddingChoice choice) {
        return Map.of("REHEARSE_EMBEDDING", choice.settingName());
    }

    private static List<Judged> longQueries() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Judged> queries = new ArrayList<>();
        for (String line : Files.readAllLines(LONG_QUERIES)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            Map<String, Integer> relevant = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> grades = node.get("relevant").fields();
            grades.forEachRemaining(e -> relevant.put(e.getKey(), e.getValue().asInt()));
            queries.add(new Judged(node.get("text").asText(), relevant));
        }
        return queries;
    }

    /** A Markdown table, one row per figure, one column per model, and BGE's figure over MiniLM's where both are numbers. */
    private static void table(Map<EmbeddingChoice, Map<String, String>> rows) {
        System.out.println("| figure | minilm | bge-small | bge-small / minilm |");
        System.out.println("|---|---|---|---|");
        for (String figure : rows.get(EmbeddingChoice.MINILM).keySet()) {
            String a = rows.get(EmbeddingChoice.MINILM).get(figure);
            String b = rows.get(EmbeddingChoice.BGE_SMALL).get(figure);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", figure, a, b, ratio(a, b));
        }
    }

    private static String ratio(String a, String b) {
        try {
            double x = Double.parseDouble(a.split(" ")[0]);
            double y = Double.parseDouble(b.split(" ")[0]);
            return x == 0 ? "" : String.format(Locale.ROOT, "%.2f", y / x);
        } catch (NumberFormatException | NullPointerException e) {
            return "";
        }
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }
}
