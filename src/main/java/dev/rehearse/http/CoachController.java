package dev.rehearse.http;

import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.RehearseService;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * The user's three jobs as JSON: {@code POST /api/critique}, {@code /api/followups} and {@code /api/tie}, each with
 * body {@code {question, draft, questionId?, save?}}. The answer is the service's {@code CoachResult}: the offline
 * report's fields, then {@code llm} and {@code llmNote}, and {@code attemptId} when it was saved. Each analysis runs
 * under the request's deadline and stops when the client leaves ({@link AnalysisRuns}).
 */
public final class CoachController {

    private final RehearseService service;
    private final AnalysisRuns runs;

    public CoachController(RehearseService service) {
        this.service = service;
        this.runs = new AnalysisRuns(service.analyses());
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.post("/api/critique", this::critique);
        routes.post("/api/followups", this::followUps);
        routes.post("/api/tie", this::tie);
    }

    void critique(Context ctx) {
        DraftRequest request = body(ctx).request();
        ctx.json(runs.run(ctx, () -> service.critique(request)));
    }

    void followUps(Context ctx) {
        DraftRequest request = body(ctx).request();
        ctx.json(runs.run(ctx, () -> service.followUps(request)));
    }

    void tie(Context ctx) {
        DraftRequest request = body(ctx).request();
        ctx.json(runs.run(ctx, () -> service.tie(request)));
    }

    static CoachBody body(Context ctx) {
        return JsonBody.bind(ctx, CoachBody.class, CoachBody.EXAMPLE);
    }
}
