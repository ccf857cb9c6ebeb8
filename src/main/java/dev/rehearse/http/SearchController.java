package dev.rehearse.http;

import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.coach.InputLimits;
import dev.rehearse.service.InvalidInputException;
import dev.rehearse.service.RehearseService;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.function.Supplier;

/** Search over the knowledge folder, its passages, and the practice question bank. */
public final class SearchController {

    static final int MAX_K = 50;
    static final int DEFAULT_K = 10;

    private final RehearseService service;
    private final Supplier<List<String>> warnings;

    public SearchController(RehearseService service) {
        this(service, List::of);
    }

    /** @param warnings what the knowledge folder holds that could not be read, for the health answer */
    public SearchController(RehearseService service, Supplier<List<String>> warnings) {
        this.service = service;
        this.warnings = warnings;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/search", this::search);
        routes.get("/api/questions", this::questions);
        routes.get("/api/sources/{id}", this::source);
    }

    /** GET /api/search?q=&k=&mode=&kind=&source=&company= (the company's research and the candidate's files) */
    public void search(Context ctx) {
        String q = Params.requiredText(ctx, "q", InputLimits.MAX_QUERY_CHARS);
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
        try {
            ctx.json(service.search(new SearchQuery(q, k, mode, kind, source), Params.optional(ctx, "company")));
        } catch (InvalidInputException e) {
            throw ApiException.badRequest(e.describe("query parameter '" + e.field() + "'"));
        }
    }

    /** GET /api/sources/{id} */
    public void source(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(service.passage(id).orElseThrow(() -> ApiException.notFound(
                "no passage with id '" + Params.shorten(id) + "'; it may have changed since the page loaded")));
    }

    /** GET /api/questions */
    public void questions(Context ctx) {
        ctx.json(service.questions());
    }

    /** GET /api/health */
    public void health(Context ctx) {
        ctx.json(service.health().withWarnings(warnings.get()));
    }
}
