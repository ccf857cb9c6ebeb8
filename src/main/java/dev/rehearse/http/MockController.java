package dev.rehearse.http;

import dev.rehearse.mock.MockOptions;
import dev.rehearse.mock.MockRequestException;
import dev.rehearse.mock.MockSessionEndedException;
import dev.rehearse.mock.MockSessionNotFoundException;
import dev.rehearse.mock.MockStoreException;
import dev.rehearse.service.MockService;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.util.List;

/**
 * The mock interview over HTTP: {@code POST /api/mock} starts a session, {@code POST /api/mock/{id}/answer} answers
 * (or skips) the pending turn, {@code POST /api/mock/{id}/end} ends it early, {@code GET /api/mock/{id}} reads one
 * and {@code GET /api/mock} lists them, newest first. The server keeps the session; the client sends only what the
 * candidate said.
 */
public final class MockController {

    private static final int MAX_ID_CHARS = 100;

    private final MockService mock;

    public MockController(MockService mock) {
        this.mock = mock;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.post("/api/mock", this::start);
        routes.get("/api/mock", ctx -> ctx.json(mock.sessions(Params.optional(ctx, "company"))));
        routes.get("/api/mock/{id}", ctx -> ctx.json(mock.session(id(ctx))));
        routes.post("/api/mock/{id}/answer", this::answer);
        routes.post("/api/mock/{id}/end", ctx -> ctx.json(mock.end(id(ctx))));
        routes.exception(MockSessionNotFoundException.class, (e, ctx) -> error(ctx, 404, "not_found", e.getMessage()));
        routes.exception(MockSessionEndedException.class, (e, ctx) -> error(ctx, 409, "conflict", e.getMessage()));
        routes.exception(MockRequestException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
        routes.exception(MockStoreException.class, (e, ctx) -> error(ctx, 503, "store_unavailable", e.getMessage()));
    }

    /**
     * The body of {@code POST /api/mock}; every field optional. {@code company} (a slug from {@code GET /api/companies},
     * or {@code ?company=}) says whose questions, research and history the session is about; the default company's
     * otherwise.
     */
    record StartBody(Integer questions, Integer followUps, List<String> questionIds, String company) {
        static final String EXAMPLE = "{\"questions\": 5, \"followUps\": 1, \"company\": \"...\"}";

        /** The body of the request, an empty one standing for the defaults. */
        static StartBody of(Context ctx) {
            return ctx.bodyAsBytes().length == 0 ? new StartBody(null, null, null, null)
                    : JsonBody.bind(ctx, StartBody.class, EXAMPLE);
        }

        MockOptions options() {
            return new MockOptions(questions, followUps, questionIds);
        }

        /** The body's company, else the query's: the page's client sends both, the same. */
        String company(Context ctx) {
            return company != null && !company.isBlank() ? company : Params.optional(ctx, "company");
        }
    }

    /**
     * The body of {@code POST /api/mock/{id}/answer}: the answer, or {@code skip: true}. A spoken answer also names the
     * recording it was transcribed from ({@code spokenId} from {@code POST /api/transcribe}).
     */
    record AnswerBody(String answer, Boolean skip, String spokenId) {
        static final String EXAMPLE = "{\"answer\": \"...\"}, {\"answer\": \"...\", \"spokenId\": \"...\"} or {\"skip\": true}";
    }

    void start(Context ctx) {
        // an empty body starts the default session; a body that is there must be a valid one
        StartBody body = StartBody.of(ctx);
        ctx.status(201).json(mock.start(body.options(), body.company(ctx)));
    }

    void answer(Context ctx) {
        String id = id(ctx);
        AnswerBody body = JsonBody.bind(ctx, AnswerBody.class, AnswerBody.EXAMPLE);
        ctx.json(mock.answer(id, body.answer(), Boolean.TRUE.equals(body.skip()), body.spokenId()));
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > MAX_ID_CHARS) {
            throw ApiException.notFound("no mock interview session with an id that long");
        }
        return id;
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new ErrorResponse(status, code, message));
    }
}
