package dev.rehearse.http;

import dev.rehearse.mock.MockOptions;
import dev.rehearse.mock.MockStoreException;
import dev.rehearse.mock.MockTurn;
import dev.rehearse.service.Json;
import dev.rehearse.service.MockService;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The mock interview's turns as Server-Sent Events: {@code POST /api/mock} and {@code POST /api/mock/{id}/answer}
 * with {@code Accept: text/event-stream} take the same bodies as the JSON routes and answer with
 * <ul>
 *   <li>{@code token}: {@code {"text": "..."}}, the model's wording of the interviewer's turn as it is written;</li>
 *   <li>{@code turn}: the same JSON the route gives without the header ({@code {id, turn}} on start,
 *   {@code {turn, debrief?}} on an answer), the turn as it was checked and recorded; or</li>
 *   <li>{@code fallback}: that same JSON when the offline interviewer's turn replaced the model's (the call failed,
 *   or the model's turn held feedback or no question); {@code turn.note} says which.</li>
 * </ul>
 * The final event's turn is the one to show: tokens the turn check later cut are not in it. Without a model only the
 * final event is sent. Nothing is sent before the first token, so a bad request (an unknown session, an answer over
 * the limit) is the JSON route's ordinary error; a failure after it ends the stream with an {@code error} event.
 * Tied to the Accept header in a before-handler, so the JSON routes stay as they are for every other request.
 */
public final class MockStreamController {

    private static final int MAX_ID_CHARS = 100;

    private final MockService mock;

    public MockStreamController(MockService mock) {
        this.mock = mock;
    }

    /** Declares the streamed variants; call before {@link MockController#routes} declares the JSON ones. */
    public void routes(JavalinDefaultRoutingApi routes) {
        routes.before("/api/mock", ctx -> {
            if (streamed(ctx)) {
                start(ctx);
                ctx.skipRemainingHandlers();
            }
        });
        routes.before("/api/mock/{id}/answer", ctx -> {
            if (streamed(ctx)) {
                answer(ctx);
                ctx.skipRemainingHandlers();
            }
        });
    }

    private void start(Context ctx) {
        // an empty body starts the default session, as on the JSON route
        MockController.StartBody body = MockController.StartBody.of(ctx);
        MockOptions options = body.options();
        String company = body.company(ctx);
        Stream stream = new Stream(ctx, 201);
        stream.run(() -> {
            MockService.Started started = mock.start(options, company, stream::token);
            stream.finish(started.turn(), started);
        });
    }

    private void answer(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > MAX_ID_CHARS) {
            throw ApiException.notFound("no mock interview session with an id that long");
        }
        MockController.AnswerBody body = JsonBody.bind(ctx, MockController.AnswerBody.class, MockController.AnswerBody.EXAMPLE);
        Stream stream = new Stream(ctx, 200);
        stream.run(() -> {
            MockService.Next next = mock.answer(id, body.answer(), Boolean.TRUE.equals(body.skip()), body.spokenId(), stream::token);
            stream.finish(next.turn(), next);
        });
    }

    private static boolean streamed(Context ctx) {
        String accept = ctx.header("Accept");
        return "POST".equalsIgnoreCase(ctx.method().name())
                && accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream");
    }

    /**
     * One response, opened as an event stream at its first event. Runs on the request thread: the model's tokens
     * come from its reader thread while this thread waits inside the interview, so writes go through the sink, which
     * serialises them. A client that leaves only stops the writing; the turn is still recorded.
     */
    private static final class Stream {

        private final Context ctx;
        private final int status;
        private SseSink sink; // guarded by this
        private boolean gone; // guarded by this

        Stream(Context ctx, int status) {
            this.ctx = ctx;
            this.status = status;
        }

        void run(Runnable work) {
            try {
                work.run();
            } catch (RuntimeException e) {
                SseSink open = opened();
                if (open == null) {
                    throw e; // nothing sent yet: the ordinary JSON error
                }
                int code = e instanceof MockStoreException ? 503 : 500;
                open.send("error", new ErrorResponse(code, code == 503 ? "store_unavailable" : "internal_error",
                        code == 503 ? e.getMessage() : "The turn could not be finished; reload the session to see where it stands."));
                open.close();
            }
        }

        void token(String text) {
            SseSink open = open();
            if (open != null) {
                open.send("token", Map.of("text", text));
            }
        }

        void finish(MockTurn turn, Object payload) {
            SseSink open = open();
            if (open != null) {
                open.send(turn.note() == null ? "turn" : "fallback", payload);
                open.close();
            }
        }

        private synchronized SseSink opened() {
            return sink;
        }

        /** The sink, opened now if it is not yet; null when the client left before it could be. */
        private synchronized SseSink open() {
            if (sink != null || gone) {
                return sink;
            }
            HttpServletResponse res = ctx.res();
            res.setStatus(status);
            res.setCharacterEncoding("UTF-8");
            res.setContentType("text/event-stream");
            res.setHeader("Cache-Control", "no-cache");
            res.setHeader("X-Accel-Buffering", "no");
            try {
                res.flushBuffer();
                sink = new SseSink(res.getOutputStream(), Json.MAPPER);
            } catch (IOException e) {
                gone = true;
            }
            return sink;
        }
    }
}
