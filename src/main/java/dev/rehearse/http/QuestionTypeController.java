package dev.rehearse.http;

import dev.rehearse.service.RehearseService;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * {@code GET /api/question-type?q=}: the question's type, rubric and length target, the same
 * {@code question} object a critique reports, so the page can show the right target while the candidate
 * writes instead of a general one until the first critique. Classifying is a few regexes: cheap enough
 * to ask on every question the candidate picks or types.
 */
public final class QuestionTypeController {

    private final RehearseService service;

    public QuestionTypeController(RehearseService service) {
        this.service = service;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/question-type", this::classify);
    }

    void classify(Context ctx) {
        ctx.json(service.classify(ctx.queryParam("q")));
    }
}
