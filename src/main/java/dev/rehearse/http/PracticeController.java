package dev.rehearse.http;

import dev.rehearse.practice.Attempt;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.DraftDiff;
import dev.rehearse.practice.HistoryScope;
import dev.rehearse.practice.PracticeStoreException;
import dev.rehearse.practice.PrepPack;
import dev.rehearse.coach.InputLimits;
import dev.rehearse.practice.QuestionKey;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The practice history over HTTP: a question's attempts for the chart, one attempt, delete, a word diff between
 * two attempts, and the prep pack as a Markdown download. Attempts are saved by the server itself, when a coach
 * endpoint is called with {@code save: true}: no client posts a report or a score to be stored.
 *
 * <p>The store opens its database on first use, so a history that cannot be opened never stops the server: these
 * endpoints then answer 503 (409 for a file that is not ours or is newer) with the store's message, which names
 * the problem and the file, and {@code GET /api/practice/status} says the same with 200.
 */
public final class PracticeController {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final AttemptStore store;
    private final Clock clock;
    private final Function<String, String> names;
    private final Function<String, HistoryScope> scopes;

    /**
     * @param names  the name of the company a {@code ?company=} names (the default company's when the parameter is
     *               absent), as the knowledge folder writes it (blank when unknown): the prep pack names it, and it
     *               may change when the knowledge does; an unknown company is refused by its own exception
     * @param scopes the attempts a {@code ?company=} sees (the default company's when the parameter is absent)
     */
    public PracticeController(AttemptStore store, Clock clock, Function<String, String> names, Function<String, HistoryScope> scopes) {
        this.store = store;
        this.clock = clock;
        this.names = names;
        this.scopes = scopes;
    }

    public PracticeController(AttemptStore store, Clock clock, Supplier<String> company) {
        this(store, clock, c -> company.get(), c -> HistoryScope.ALL);
    }

    public PracticeController(AttemptStore store) {
        this(store, Clock.systemUTC(), () -> "");
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/practice/status", this::status);
        routes.get("/api/practice/questions", this::questions);
        routes.get("/api/prep-pack", this::prepPack);
        routes.post("/api/attempts", this::refuseClientReport);
        routes.get("/api/attempts", this::history);
        routes.get("/api/attempts/{id}", this::attempt);
        routes.delete("/api/attempts/{id}", this::delete);
        routes.get("/api/attempts/{id}/diff/{other}", this::diff);
        routes.exception(PracticeStoreException.class, (e, ctx) -> storeFailure(ctx, e));
    }

    /**
     * POST /api/attempts is gone: a report and a score computed by a client are not stored. Answered as a 405 that
     * says where saving went, rather than a bare 404, for a page or script from an older version.
     */
    void refuseClientReport(Context ctx) {
        ctx.header("Allow", "GET");
        throw new ApiException(405, "method_not_allowed", "attempts are no longer posted by the client: call /api/critique,"
                + " /api/followups or /api/tie with \"save\": true and the server stores its own report");
    }

    /** GET /api/attempts?questionId=… or ?question=… (a free question, by its text), and optionally &company=. */
    void history(Context ctx) {
        String id = Params.optional(ctx, "questionId");
        String text = ctx.queryParam("question");
        if (id == null && (text == null || text.isBlank())) {
            throw ApiException.badRequest("query parameter 'questionId' or 'question' is required");
        }
        if (text != null && text.length() > InputLimits.MAX_QUESTION_CHARS) {
            throw ApiException.badRequest("query parameter 'question' is " + text.length() + " characters long; the limit is "
                    + InputLimits.MAX_QUESTION_CHARS);
        }
        String key = QuestionKey.of(id, text);
        var attempts = store.history(key, scopes.apply(Params.optional(ctx, "company")));
        ctx.json(new PracticeViews.HistoryJson(key, attempts.size(), attempts));
    }

    /**
     * GET /api/attempts/{id}, optionally {@code ?company=}: then an attempt of another company is a 404, as the page
     * showing that company's history has no link to it. Without the parameter, any company's attempt, as an id found
     * in an older link or a script names one attempt whatever company it was for.
     */
    void attempt(Context ctx) {
        ctx.json(PracticeViews.AttemptJson.of(find(ctx, "id")));
    }

    /**
     * DELETE /api/attempts/{id}, optionally {@code ?company=} as for one attempt: 204, or 404 when there is no such
     * attempt (in that company's history, when one is named, so a script working on one company cannot delete
     * another's attempt by a wrong id).
     */
    void delete(Context ctx) {
        long id = Params.optional(ctx, "company") == null ? idParam(ctx, "id") : find(ctx, "id").id();
        if (!store.delete(id)) {
            throw ApiException.notFound("no attempt with id " + id);
        }
        ctx.status(204);
    }

    /**
     * GET /api/attempts/{id}/diff/{other}, optionally {@code ?company=} as for one attempt: the words changed from the
     * first attempt's draft to the other's.
     */
    void diff(Context ctx) {
        Attempt from = find(ctx, "id");
        Attempt to = find(ctx, "other");
        ctx.json(PracticeViews.DiffJson.of(from, to, DraftDiff.between(from.draft(), to.draft())));
    }

    /** GET /api/practice/questions?company=: every practised question with its count and best and last score. */
    void questions(Context ctx) {
        var questions = store.questions(scopes.apply(Params.optional(ctx, "company")));
        ctx.json(new PracticeViews.QuestionsJson(questions.size(), questions));
    }

    /** GET /api/practice/status: always 200; says whether the history can be used, and if not, why. */
    void status(Context ctx) {
        ctx.json(PracticeViews.StatusJson.of(store.status()));
    }

    /**
     * GET /api/prep-pack?company=: the prep pack of one company's attempts, named for it (the default company's when
     * the parameter is absent, as the history lists are), as a Markdown file to download, written to the response as
     * it is read, so its size is not bounded by the heap. The company and the store are asked first, so an unknown
     * company or a history that cannot be opened still answers with a JSON error rather than half a file.
     */
    void prepPack(Context ctx) throws IOException {
        Instant now = clock.instant();
        String company = Params.optional(ctx, "company");
        HistoryScope scope = scopes.apply(company);
        String name = names.apply(company);
        store.practisedTotals(scope);
        ctx.header("Content-Disposition", "attachment; filename=\"rehearse-prep-pack-" + FILE_DATE.format(now) + ".md\"");
        ctx.contentType("text/markdown; charset=utf-8");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            PrepPack.write(store, scope, now, name, out);
        }
    }

    /** The attempt a path parameter names, within the history of the {@code ?company=} when one is named. */
    private Attempt find(Context ctx, String param) {
        long id = idParam(ctx, param);
        String company = Params.optional(ctx, "company");
        if (company == null) {
            return store.get(id).orElseThrow(() -> ApiException.notFound("no attempt with id " + id));
        }
        HistoryScope scope = scopes.apply(company);
        return store.get(id, scope).orElseThrow(() -> ApiException.notFound(
                "no attempt with id " + id + " in the history of company \"" + Params.shorten(company) + "\""));
    }

    private static long idParam(Context ctx, String param) {
        String raw = ctx.pathParam(param);
        // ASCII digits only: Long.parseLong also reads "+1", "١" and "１" as 1, so a path the page never makes
        // would still reach (and could delete) attempt 1
        if (raw.matches("[0-9]{1,18}")) {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        }
        throw ApiException.badRequest("attempt id must be a positive whole number, got '" + Params.shorten(raw) + "'");
    }

    private static void storeFailure(Context ctx, PracticeStoreException e) {
        int status = switch (e.problem()) {
            case NOT_A_DATABASE, NEWER_VERSION -> 409;
            default -> 503;
        };
        if (e.isTemporary()) {
            ctx.header("Retry-After", "2");
        }
        ctx.status(status).json(new ErrorResponse(status, "history_" + wireName(e.problem()).replace('-', '_'), e.getMessage()));
    }

    static String wireName(PracticeStoreException.Problem problem) {
        return problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
