package dev.rehearse.http;

import dev.rehearse.service.PlanService;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/stories}, {@code GET /api/coverage?company=} and {@code GET /api/plan?company=}: the story bank,
 * the coverage map and what to practise today. An unknown company is a 404 naming it.
 */
public final class PlanController {

    private final PlanService plan;

    public PlanController(PlanService plan) {
        this.plan = plan;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/stories", this::stories);
        routes.get("/api/coverage", this::coverage);
        routes.get("/api/plan", this::plan);
    }

    void stories(Context ctx) {
        var bank = plan.stories();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", bank.stories().size());
        out.put("stories", bank.stories());
        out.put("warnings", bank.warnings());
        ctx.json(out);
    }

    void coverage(Context ctx) {
        ctx.json(plan.coverage(ctx.queryParam("company")));
    }

    void plan(Context ctx) {
        ctx.json(plan.plan(ctx.queryParam("company")));
    }
}
