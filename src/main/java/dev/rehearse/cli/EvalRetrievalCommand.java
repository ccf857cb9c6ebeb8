package dev.rehearse.cli;

import dev.rehearse.config.Env;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.eval.BeirEvaluation;
import dev.rehearse.search.eval.RetrievalEvaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-retrieval", description = "Index a collection in BEIR's layout (corpus.jsonl, queries.jsonl, "
        + "qrels/test.tsv) into a temporary index and print nDCG@10, recall@10 and query latency.")
final class EvalRetrievalCommand implements Callable<Integer> {

    @Option(names = "--beir", required = true, paramLabel = "DIR", description = "The collection's folder.")
    Path beir;

    @Option(names = "--mode", split = ",", defaultValue = "hybrid",
            description = "bm25, vector or hybrid; several separated by commas share one index (default ${DEFAULT-VALUE}).")
    List<String> modes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(beir)) {
            throw new UserInputException("BEIR folder not found: " + beir);
        }
        List<SearchMode> wanted = new ArrayList<>();
        for (String m : modes) {
            wanted.add(SearchMode.fromWireName(m).orElseThrow(() ->
                    new UserInputException("unknown mode '" + m + "'; use one of " + SearchMode.allWireNames())));
        }
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
        List<RetrievalEvaluation> results = BeirEvaluation.run(beir, wanted, EmbeddingSetting.load(Env.load()), bar::update);
        bar.finish();
        for (RetrievalEvaluation r : results) {
            out.print(r.printable());
            out.println();
        }
        return 0;
    }
}
