package dev.rehearse.http;

import dev.rehearse.service.CompanyScope;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * {@code GET /api/companies}: the companies the knowledge folder has research for, each with its slug, name and
 * passage count, and the default's slug. Every other route takes one of these slugs as {@code company}.
 */
public final class CompanyController {

    private final CompanyScope companies;

    public CompanyController(CompanyScope companies) {
        this.companies = companies;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/companies", this::companies);
    }

    void companies(Context ctx) {
        ctx.json(companies.list());
    }
}
