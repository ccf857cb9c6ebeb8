package dev.rehearse.http;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.search.IndexStats;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Search over the knowledge folder, its passages, and the practice question bank. */
public final class SearchController {

    static final int MAX_QUERY_LENGTH = 2000;
    static final int MAX_K = 50;
    /** A file path under the knowledge folder; far longer than any real one. */
    static final int MAX_SOURCE_LENGTH = 500;
    static final int DEFAULT_K = 10;

    private final KnowledgeIndex index;

    public SearchController(KnowledgeIndex index) {
        this.index = index;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/search", this::search);
        routes.get("/api/questions", this::questions);
        routes.get("/api/sources/{id}", this::source);
    }

    /** GET /api/search?q=&k=&mode=&kind=&source= */
    public void search(Context ctx) {
        String q = Params.requiredText(ctx, "q", MAX_QUERY_LENGTH);
        int k = Params.intInRange(ctx, "k", DEFAULT_K, 1, MAX_K);
        SearchMode mode = SearchMode.HYBRID;
        String modeParam = Params.optional(ctx, "mode");
        if (modeParam != null) {
            mode = SearchMode.fromWireName(modeParam).orElseThrow(() -> ApiException.badRequest(
                    "unknown mode '" + Params.shorten(modeParam) + "'; use one of " + SearchMode.allWireNames()));
        }
        PassageKind kind = null;
        String kindParam = Params.optional(ctx, "kind");
        if (kindParam != null) {
            kind = PassageKind.fromWireName(kindParam).orElseThrow(() -> ApiException.badRequest(
                    "unknown kind '" + Params.shorten(kindParam) + "'; use one of " + PassageKind.allWireNames()));
        }
        String source = Params.optional(ctx, "source");
        if (source != null && source.length() > MAX_SOURCE_LENGTH) {
            // Lucene turns the prefix into an automaton, which refuses very long ones (a 500 before this check)
            throw ApiException.badRequest("query parameter 'source' is " + source.length() + " characters long; the limit is "
                    + MAX_SOURCE_LENGTH);
        }
        List<SearchHit> hits = index.search(new SearchQuery(q, k, mode, kind, source));
        ctx.json(new ApiViews.SearchResponse(q, mode.wireName(), hits.stream().map(ApiViews.HitJson::of).toList()));
    }

    /** GET /api/sources/{id} */
    public void source(Context ctx) {
        String id = ctx.pathParam("id");
        Passage p = index.passage(id).orElseThrow(() -> ApiException.notFound(
                "no passage with id '" + Params.shorten(id) + "'; it may have changed since the page loaded"));
        ctx.json(ApiViews.PassageJson.of(p));
    }

    /** GET /api/questions */
    public void questions(Context ctx) {
        List<PracticeQuestion> questions = index.knowledge().questions();
        ctx.json(new ApiViews.QuestionsResponse(questions.size(), questions.stream().map(ApiViews.QuestionJson::of).toList()));
    }

    /** GET /api/health */
    public void health(Context ctx) {
        IndexStats stats = index.stats();
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (PassageKind kind : PassageKind.values()) {
            long n = stats.passagesByKind().getOrDefault(kind, 0L);
            counts.put(kind.wireName(), n);
            total += n;
        }
        Instant last = stats.lastSync();
        long age = last == null ? -1 : Math.max(0, Duration.between(last, Instant.now()).toSeconds());
        String note = index.rebuildNote().orElse(null);
        ctx.json(new ApiViews.HealthResponse("ok", total, counts, stats.files(), last == null ? null : last.toString(), age,
                note == null ? "ready" : "rebuilding", note));
    }

}
