package dev.rehearse.cli;

import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.ApiViews;
import dev.rehearse.http.Json;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
        ServerSettings settings = folders.resolve(Env.load());
        List<SearchHit> hits;
        try (KnowledgeIndex index = KnowledgeIndex.open(settings.knowledgeDir(), FolderOptions.indexDir(settings), new MiniLmEmbedder())) {
            hits = index.search(new SearchQuery(q, k, m, kd, source));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                    new ApiViews.SearchResponse(q, m.wireName(), hits.stream().map(ApiViews.HitJson::of).toList())));
        } else {
            printTable(out, hits);
        }
        return 0;
    }

    private static void printTable(PrintWriter out, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            out.println("No passages found.");
            return;
        }
        out.printf("%-3s %-7s %-16s %-48s %s%n", "#", "score", "kind", "source:lines", "snippet");
        int rank = 1;
        for (SearchHit hit : hits) {
            String snippet = marked(hit);
            out.printf("%-3d %-7.4f %-16s %-48s %s%n", rank++, hit.score(), hit.passage().kind().wireName(),
                    hit.passage().citation(), snippet.replace('\n', ' '));
        }
    }

    /** The snippet with its matched words in [brackets], readable on any terminal. */
    static String marked(SearchHit hit) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        String s = hit.snippet();
        for (SearchHit.Highlight h : hit.highlights()) {
            if (h.start() < at || h.end() > s.length()) {
                continue;
            }
            sb.append(s, at, h.start()).append('[').append(s, h.start(), h.end()).append(']');
            at = h.end();
        }
        return sb.append(s.substring(at)).toString();
    }
}
