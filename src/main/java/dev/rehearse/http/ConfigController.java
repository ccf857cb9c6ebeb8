package dev.rehearse.http;

import dev.rehearse.service.RehearseService;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * {@code GET /api/config}: what the page needs to say how it runs — offline or which provider and
 * model, whether a key is set (never the key), the spelling check's state, the input limits and the company's name
 * ({@code ?company=} names which; the default company otherwise).
 */
public final class ConfigController {

    private final RehearseService service;

    public ConfigController(RehearseService service) {
        this.service = service;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/config", this::config);
    }

    void config(Context ctx) {
        ctx.json(service.config(Params.optional(ctx, "company")));
    }
}
