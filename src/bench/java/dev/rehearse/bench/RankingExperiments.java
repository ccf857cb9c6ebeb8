package dev.rehearse.bench;

import dev.rehearse.search.Embedder;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.RankingSettings;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SyncProgress;
import dev.rehearse.search.eval.BeirCollection;
import dev.rehearse.search.eval.BeirEvaluation;
import dev.rehearse.search.eval.RetrievalEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the ranking settings were chosen: evaluates a small grid of query-time settings on a BEIR
 * collection, with the vectors built once per embedding variant (kept in a work folder so reruns
 * skip the embedding). Not part of the product or the test suite.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:java@bench -Dexec.mainClass=dev.rehearse.bench.RankingExperiments \
 *     -Dexec.args="../shared/data/scifact /tmp window128,window254,single default,lexical,fusion"
 * </pre>
 * The third argument picks the embedding variants (windows of 128 word pieces as the product
 * uses, windows of 254, a single piece cut at 254), the fourth the grids: {@code default} (the product's settings, and with fusion depth 100), {@code lexical} (BM25
 * parameters and title weight) and {@code fusion} (fusion depth and list weights).
 */
public final class RankingExperiments {

    public static void main(String[] args) {
        Path beir = Path.of(args.length > 0 ? args[0] : "../shared/data/scifact");
        Path work = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir"), "rehearse-experiments");
        BeirCollection collection = BeirCollection.load(beir);
        MiniLmEmbedder minilm = new MiniLmEmbedder();
        // the same model read as one piece cut at its window: what the windows are compared against
        Embedder singlePiece = new Embedder() {
            @Override
            public float[] embed(String text) {
                return minilm.embed(text);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return minilm.embedAll(texts);
            }

            @Override
            public int dimension() {
                return minilm.dimension();
            }

            @Override
            public String modelId() {
                return minilm.modelId();
            }
        };
        List<String> variants = List.of((args.length > 2 ? args[2] : "window128").split(","));
        List<String> grids = List.of((args.length > 3 ? args[3] : "default").split(","));
        RankingSettings base = RankingSettings.DEFAULT;
        for (var variant : List.of(new Variant("window128", minilm), new Variant("window254", minilm.withWindowTokens(254)),
                new Variant("single", singlePiece))) {
            if (!variants.contains(variant.name)) {
                continue;
            }
            Path dir = work.resolve(variant.name);
            long t0 = System.nanoTime();
            try (BeirEvaluation e = BeirEvaluation.index(collection, dir, false, variant.embedder, base, progress())) {
                System.out.printf(Locale.ROOT, "%n# %s: index ready in %.1f s%n", variant.name, (System.nanoTime() - t0) / 1e9);
                print(variant.name, "default", e.evaluate(SearchMode.VECTOR));
            }
            for (RankingSettings s : grid(base, grids)) {
                try (BeirEvaluation e = BeirEvaluation.index(collection, dir, false, variant.embedder, s, SyncProgress.NONE)) {
                    String label = String.format(Locale.ROOT, "k1=%.1f b=%.2f heading=%.1f depth=%d w=%.1f/%.1f",
                            s.bm25K1(), s.bm25B(), s.headingBoost(), s.fusionDepth(), s.lexicalWeight(), s.vectorWeight());
                    if (variant.name.equals("window128")) {
                        print(variant.name, label, e.evaluate(SearchMode.BM25));
                    }
                    print(variant.name, label, e.evaluate(SearchMode.HYBRID));
                }
            }
        }
    }

    private record Variant(String name, Embedder embedder) {
    }

    private static List<RankingSettings> grid(RankingSettings base, List<String> grids) {
        List<RankingSettings> grid = new java.util.ArrayList<>();
        if (grids.contains("default")) {
            grid.add(base);
            grid.add(base.withFusion(100, 1, 1));
        }
        if (grids.contains("lexical")) {
            for (float[] bm25 : List.of(new float[] {1.2f, 0.75f}, new float[] {0.9f, 0.4f})) {
                for (float heading : new float[] {0f, 0.5f, 1f}) {
                    grid.add(base.withBm25(bm25[0], bm25[1]).withHeadingBoost(heading));
                }
            }
        }
        if (grids.contains("fusion")) {
            for (int depth : new int[] {20, 50, 100, 200}) {
                for (double[] w : List.of(new double[] {1, 1}, new double[] {1, 0.7}, new double[] {0.7, 1})) {
                    grid.add(base.withFusion(depth, w[0], w[1]));
                }
            }
        }
        return grid;
    }

    private static SyncProgress progress() {
        return (done, total) -> {
            if (done % 640 == 0 || done == total) {
                System.out.printf(Locale.ROOT, "  embedded %d/%d%n", done, total);
            }
        };
    }

    private static void print(String variant, String label, RetrievalEvaluation r) {
        System.out.printf(Locale.ROOT, "%-8s %-7s %-48s nDCG@10 %.4f  R@10 %.4f  p50 %.2f ms  p99 %.2f ms%n",
                variant, r.mode().wireName(), label, r.ndcgAt10(), r.recallAt10(), r.p50Millis(), r.p99Millis());
    }
}
