package dev.rehearse.http;

import dev.rehearse.service.RehearseService;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * The user's three jobs as JSON: {@code POST /api/critique}, {@code /api/followups} and {@code /api/tie}, each with
 * body {@code {question, draft, questionId?, save?}}. The answer is the service's {@code CoachResult}: the offline
 * report's fields, then {@code llm} and {@code llmNote}, and {@code attemptId} when it was saved.
 */
public final class CoachController {

    private final RehearseService service;

    public CoachController(RehearseService service) {
        this.service = service;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.post("/api/critique", this::critique);
        routes.post("/api/followups", this::followUps);
        routes.post("/api/tie", this::tie);
    }

    void critique(Context ctx) {
        ctx.json(service.critique(body(ctx).request()));
    }

    void followUps(Context ctx) {
        ctx.json(service.followUps(body(ctx).request()));
    }

    void tie(Context ctx) {
        ctx.json(service.tie(body(ctx).request()));
    }

    static CoachBody body(Context ctx) {
        return JsonBody.bind(ctx, CoachBody.class, CoachBody.EXAMPLE);
    }
}
