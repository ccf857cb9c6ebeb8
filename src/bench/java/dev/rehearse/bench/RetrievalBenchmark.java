package dev.rehearse.bench;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.PassageIndex;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.search.SyncReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The retrieval speed figures of docs/benchmarks.md, in one run:
 * <ol>
 *   <li>indexing throughput against the embedding model's own rate on the same passages;</li>
 *   <li>query latency (p50/p99) on the bundled knowledge and on a generated 10,000-passage folder;</li>
 *   <li>how long an edited file takes to become searchable with the watcher on.</li>
 * </ol>
 * (Start-up to ready is {@link StartupBenchmark}: the real server in its own JVM.) Medians over repeated runs; warm-up runs are not counted. Not a test: timings on a shared machine
 * prove nothing alone, so they are reported, not asserted.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:java@bench -Dexec.args="knowledge=knowledge passages=10000 queries=1000"
 * </pre>
 * With {@code reuse=DIR} the large folder is {@code DIR/knowledge}, already indexed in {@code DIR/index},
 * and the indexing figures are skipped.
 */
public final class RetrievalBenchmark {

    private static final List<String> BUNDLED_QUERIES = List.of(
            "rebuilt a payments feed whose API only returned one day of data", "principles behind a well designed schema",
            "why clean data matters for machine learning features", "working independently in a distributed company",
            "reasons for wanting to leave my current job", "what I study in my own time", "how trustworthy an insight is rated",
            "upsert behaviour when records are sent to the bucket", "which cloud data warehouses feed metrics",
            "who started the company", "remote since before the pandemic", "focus time for engineers",
            "whiteboard tools for journey mapping", "where raw interview transcripts land", "ranking opportunities by value and effort",
            "six month expectations for the role", "traits the hiring team looks for", "GDPR and security certifications",
            "data foundation", "reverse engineering the infrastructure", "Siemens customer story", "experience context graph",
            "journey phases steps and lanes", "persona traits", "Qualtrics and Medallia connectors", "S3 importKey",
            "how did you separate ingestion from aggregation", "what questions should I ask the talent manager",
            "ownership and communication", "AI Insight Score formula", "journey theater", "TheyDo Agent read mode");

    /** Passages whose windows the bare model embeds, before and after the index build. */
    private static final int MODEL_SAMPLE = 1000;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path knowledge = Path.of(opts.getOrDefault("knowledge", "knowledge"));
        int generatedPassages = Integer.parseInt(opts.getOrDefault("passages", "10000"));
        int queries = Integer.parseInt(opts.getOrDefault("queries", "1000"));
        Path work = Files.createTempDirectory("rehearse-bench-");
        System.out.printf(Locale.ROOT, "Machine: %d cores visible, Java %s, %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"));
        try {
            MiniLmEmbedder embedder = new MiniLmEmbedder();
            latency("bundled knowledge", knowledge, work.resolve("bundled-index"), embedder, BUNDLED_QUERIES, queries);
            GeneratedKnowledge generator = GeneratedKnowledge.from(knowledge, 42);
            Path generated;
            Path generatedIndex;
            if (opts.containsKey("reuse")) {
                // a folder written and indexed by an earlier run (reuse/knowledge, reuse/index): latency only
                generated = Path.of(opts.get("reuse"), "knowledge");
                generatedIndex = Path.of(opts.get("reuse"), "index");
            } else {
                generated = generator.write(work.resolve("generated"), generatedPassages);
                generatedIndex = work.resolve("generated-index");
                throughput(generated, generatedIndex, embedder);
            }
            List<String> generatedQueries = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                generatedQueries.add(generator.query());
            }
            latency("generated knowledge", generated, generatedIndex, embedder, generatedQueries, queries);
            watcher(knowledge, work, embedder);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Indexing the folder from scratch against the bare model embedding the windows of the same
     * passages, measured on a sample before and after the build so a change in the machine's load
     * shows as a difference between the two rather than skewing the ratio.
     */
    private static void throughput(Path folder, Path index, MiniLmEmbedder embedder) {
        System.out.println("## Indexing throughput (generated knowledge)");
        KnowledgeBase kb = new KnowledgeLoader().load(folder);
        List<Passage> sample = kb.passages().subList(0, Math.min(MODEL_SAMPLE, kb.passages().size()));
        List<String> windows = new ArrayList<>();
        for (Passage p : sample) {
            windows.addAll(embedder.windows(PassageIndex.heading(p), p.text()));
        }
        double before = modelRate(embedder, windows, sample.size());
        SyncReport r;
        long vectors;
        int files;
        try (KnowledgeIndex k = KnowledgeIndex.open(folder, index, embedder)) {
            r = k.stats().lastReport();
            vectors = k.stats().vectors();
            files = k.stats().files();
        }
        double after = modelRate(embedder, windows, sample.size());
        double modelRate = (before + after) / 2;
        double indexRate = r.passagesEmbedded() / (r.millis() / 1000.0);
        System.out.printf(Locale.ROOT, "  %d passages (%d files), %d vectors%n", r.passagesTotal(), files, vectors);
        System.out.printf(Locale.ROOT, "  embedding model alone, windows of %d of the same passages: %.1f passages/s before the build, %.1f after%n",
                sample.size(), before, after);
        System.out.printf(Locale.ROOT, "  full index build (read, parse, embed, write, commit): %.1f s, %.1f passages/s%n",
                r.millis() / 1000.0, indexRate);
        System.out.printf(Locale.ROOT, "  ratio index/model: %.2f%n%n", indexRate / modelRate);
    }

    private static double modelRate(MiniLmEmbedder embedder, List<String> windows, int passages) {
        long t0 = System.nanoTime();
        for (int i = 0; i < windows.size(); i += 32) {
            embedder.embedAll(windows.subList(i, Math.min(windows.size(), i + 32)));
        }
        return passages / ((System.nanoTime() - t0) / 1e9);
    }

    private static void latency(String label, Path folder, Path index, MiniLmEmbedder embedder, List<String> pool, int n) {
        try (KnowledgeIndex k = KnowledgeIndex.open(folder, index, embedder)) {
            System.out.printf(Locale.ROOT, "## Query latency, %s (%d passages, k = 10)%n", label, k.stats().passages());
            for (SearchMode mode : List.of(SearchMode.HYBRID, SearchMode.BM25, SearchMode.VECTOR)) {
                for (int i = 0; i < 300; i++) {
                    k.search(new SearchQuery(pool.get(i % pool.size()), 10, mode, null, null));
                }
                double[] rounds = new double[3];
                double[] p99s = new double[3];
                for (int round = 0; round < 3; round++) {
                    double[] ms = new double[n];
                    for (int i = 0; i < n; i++) {
                        String q = pool.get((i * 7 + round) % pool.size());
                        long t0 = System.nanoTime();
                        k.search(new SearchQuery(q, 10, mode, null, null));
                        ms[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    Arrays.sort(ms);
                    rounds[round] = ms[n / 2];
                    p99s[round] = ms[(int) Math.ceil(n * 0.99) - 1];
                }
                Arrays.sort(rounds);
                Arrays.sort(p99s);
                System.out.printf(Locale.ROOT, "  %-6s p50 %.2f ms, p99 %.2f ms (median of 3 rounds of %d queries, after 300 warm-up)%n",
                        mode.wireName(), rounds[1], p99s[1], n);
            }
            System.out.println();
        }
    }

    /** Time from saving a file to the edit being found, with the watcher on. */
    private static void watcher(Path knowledge, Path work, MiniLmEmbedder embedder) throws Exception {
        System.out.println("## Edit to searchable, watcher on (bundled knowledge copy)");
        Path copy = work.resolve("watched");
        copyTree(knowledge, copy);
        Path file = copy.resolve("candidate").resolve("theydo-data-engineer-notes.txt");
        String original = Files.readString(file);
        double[] ms = new double[5];
        try (KnowledgeIndex k = KnowledgeIndex.open(copy, work.resolve("watched-index"), embedder)) {
            k.startWatching();
            for (int i = 0; i < ms.length; i++) {
                String marker = "zanzibarquokka" + i;
                long t0 = System.nanoTime();
                Files.writeString(file, original + "\n\nWhat about " + marker + "?\n\nA new answer mentioning " + marker + ".\n");
                SearchQuery q = new SearchQuery(marker, 1, SearchMode.BM25, null, null);
                while (k.search(q).isEmpty()) {
                    if (System.nanoTime() - t0 > 30_000_000_000L) {
                        throw new IllegalStateException("the edit was not picked up in 30 s");
                    }
                    Thread.sleep(5);
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
                Thread.sleep(300);
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "  median %.0f ms, worst %.0f ms over %d edits%n", ms[ms.length / 2], ms[ms.length - 1], ms.length);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("arguments are key=value (knowledge=DIR passages=N queries=N reuse=DIR), got " + a);
            }
            opts.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return opts;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
