package dev.rehearse.http;

import dev.rehearse.coach.InputLimits;
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

    /** A question over its limit is a bad query parameter (400), as on every GET route, not a body too large (413). */
    void classify(Context ctx) {
        String question = Params.requiredText(ctx, "q", InputLimits.MAX_QUESTION_CHARS);
        ctx.json(service.classify(question));
    }
}
