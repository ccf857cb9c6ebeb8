package dev.rehearse.cli;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.service.ApiViews;
import dev.rehearse.coach.InputLimits;
import dev.rehearse.service.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "Search the notes and research; prints a table, or JSON with --json.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> words;

    @Option(names = {"-k", "--k"}, defaultValue = "5", description = "Number of hits, 1-50 (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--mode", defaultValue = "hybrid", description = "bm25, vector or hybrid (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--kind", description = "Only passages of this kind: answer, interviewer-said, question-to-ask, research.")
    String kind;

    @Option(names = "--source", description = "Only passages whose file path starts with this, e.g. company/.")
    String source;

    @Option(names = "--json", description = "Print the hits as JSON, as the API returns them.")
    boolean json;

    @ParentCommand
    RehearseCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String q = String.join(" ", words).strip();
        if (q.isEmpty()) {
            throw new UserInputException("the query is empty");
        }
        if (k < 1 || k > 50) {
            throw new UserInputException("-k must be between 1 and 50, got " + k);
        }
        SearchMode m = SearchMode.fromWireName(mode).orElseThrow(() ->
                new UserInputException("unknown mode '" + mode + "'; use one of " + SearchMode.allWireNames()));
        PassageKind kd = kind == null ? null : PassageKind.fromWireName(kind).orElseThrow(() ->
                new UserInputException("unknown kind '" + kind + "'; use one of " + PassageKind.allWireNames()));
        if (q.length() > InputLimits.MAX_QUERY_CHARS) {
            throw new UserInputException("the query is " + q.length() + " characters; the limit is " + InputLimits.MAX_QUERY_CHARS);
        }
        if (source != null && source.length() > InputLimits.MAX_SOURCE_CHARS) {
            throw new UserInputException("--source is " + source.length() + " characters; the limit is " + InputLimits.MAX_SOURCE_CHARS);
        }
        Env env = parent.env();
        ServerSettings settings = folders.resolve(env);
        ApiViews.SearchResponse found;
        try (RehearseApp.Standalone app = RehearseApp.standalone(settings, env, EmbeddingSetting.load(env), false, true)) {
            found = app.service().search(new SearchQuery(q, k, m, kd, source));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(found));
        } else {
            printTable(out, found.hits());
        }
        return 0;
    }

    private static void printTable(PrintWriter out, List<ApiViews.HitJson> hits) {
        if (hits.isEmpty()) {
            out.println("No passages found.");
            return;
        }
        out.printf("%-3s %-7s %-16s %-48s %s%n", "#", "score", "kind", "source:lines", "snippet");
        int rank = 1;
        for (ApiViews.HitJson hit : hits) {
            String snippet = marked(hit);
            out.printf("%-3d %-7.4f %-16s %-48s %s%n", rank++, hit.score(), hit.kind(),
                    PassageRef.citation(hit.source(), hit.lines().start(), hit.lines().end()), snippet.replace('\n', ' '));
        }
    }

    /** The snippet with its matched words in [brackets], readable on any terminal. */
    static String marked(ApiViews.HitJson hit) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        String s = hit.snippet();
        for (int[] h : hit.highlights()) {
            if (h[0] < at || h[1] > s.length()) {
                continue;
            }
            sb.append(s, at, h[0]).append('[').append(s, h[0], h[1]).append(']');
            at = h[1];
        }
        return sb.append(s.substring(at)).toString();
    }
}
