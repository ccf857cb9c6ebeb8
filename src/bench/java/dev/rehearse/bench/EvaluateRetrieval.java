package dev.rehearse.bench;

import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SyncProgress;
import dev.rehearse.search.eval.BeirEvaluation;
import dev.rehearse.search.eval.RetrievalEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The three modes on a BEIR folder with one index build (the CLI's {@code eval-retrieval} builds one
 * per mode). Prints each mode's figures as the CLI does.
 *
 * <pre>
 * mvn -q -Pbench test-compile exec:java@bench -Drehearse.bench=dev.rehearse.bench.EvaluateRetrieval -Dexec.args="../shared/data/scifact"
 * </pre>
 */
public final class EvaluateRetrieval {

    public static void main(String[] args) {
        Path beir = Path.of(args.length > 0 ? args[0] : "../shared/data/scifact");
        SyncProgress progress = (done, total) -> {
            if (done == total || done % 1024 < 32) {
                System.out.printf(Locale.ROOT, "embedded %d/%d%n", done, total);
            }
        };
        List<RetrievalEvaluation> results = BeirEvaluation.run(beir, List.of(SearchMode.values()), new MiniLmEmbedder(), progress);
        for (RetrievalEvaluation r : results) {
            System.out.println();
            System.out.print(r.printable());
        }
    }
}
