package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.call.StreamHandle;
import dev.rehearse.llm.call.StreamListener;
import dev.rehearse.service.AskRequest;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.Json;
import dev.rehearse.service.PendingCritique;
import dev.rehearse.service.RehearseService;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The streamed LLM routes: {@code POST /api/ask} and {@code POST /api/critique/stream}. With
 * {@code Accept: text/event-stream} they answer as Server-Sent Events:
 * <ul>
 *   <li>{@code offline} (critique only, first): the offline report;</li>
 *   <li>{@code token}: {@code {"text": "..."}}, the answer or the critique's summary as it is written;</li>
 *   <li>{@code result}: the checked model result with citations, flags and notes; or</li>
 *   <li>{@code fallback}: {@code {"kind", "note", "retrieved"}} when the model could not be used;</li>
 *   <li>{@code saved} (critique with {@code save: true}, just before {@code result} or {@code fallback}):
 *   {@code {"attemptId"}}, the result as kept in the history.</li>
 * </ul>
 * The stream ends after {@code result} or {@code fallback}. Without that Accept header the same
 * routes answer one JSON object: the ask's {@code {result}} or {@code {fallback}}, the critique's
 * {@code CoachResult} as {@code POST /api/critique} gives it. A client that disconnects cancels the model call.
 */
public final class LlmController implements AutoCloseable {

    /** How often an idle stream is written to, so a client that left is noticed within a second. */
    static final long KEEP_ALIVE_MILLIS = 250;

    private final RehearseService service;
    private final AnalysisRuns runs;
    private final ObjectMapper json = Json.MAPPER;
    private final Set<SseSink> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rehearse-sse-keep-alive");
        t.setDaemon(true);
        return t;
    });

    public LlmController(RehearseService service) {
        this.service = service;
        this.runs = new AnalysisRuns(service.analyses());
    }

    /** Declares the routes: call inside {@code Javalin.create(config -> ...)} with {@code config.routes}. */
    public void routes(JavalinDefaultRoutingApi routes) {
        routes.post("/api/ask", this::ask);
        routes.post("/api/critique/stream", this::critique);
    }

    /** POST /api/ask {question, company?}. */
    public void ask(Context ctx) {
        AskBody body = JsonBody.bind(ctx, AskBody.class, AskBody.EXAMPLE);
        String company = body.company() != null && !body.company().isBlank() ? body.company() : Params.optional(ctx, "company");
        AskRequest question = new AskRequest(body.question(), company);
        // an unknown company is a 404 before any stream opens
        service.companies().resolve(company);
        if (!wantsStream(ctx)) {
            ctx.contentType("application/json").result(toJson(runs.run(ctx, () -> service.ask(question))));
            return;
        }
        // no deadline here: the stream is open already, the search is quick, the model call has its own timeout,
        // and a client leaving cancels the model call
        stream(ctx, sink -> service.ask(question, forward(sink)));
    }

    /** POST /api/critique/stream {question, draft}: the offline report goes first, then the model's stream. */
    public void critique(Context ctx) {
        DraftRequest request = CoachController.body(ctx).request();
        if (!wantsStream(ctx)) {
            ctx.contentType("application/json").result(toJson(runs.run(ctx, () -> service.critique(request))));
            return;
        }
        // the offline coach runs before the stream opens: a failure there (its deadline too) is an ordinary error
        PendingCritique pending = runs.run(ctx, () -> service.critiqueStream(request));
        stream(ctx, sink -> {
            sink.send("offline", pending.offline());
            return pending.start(forward(sink), id -> sink.send("saved", Map.of("attemptId", id)));
        });
    }

    /**
     * Opens the event stream, starts the call, ties the client's departure to a cancel, and holds the request
     * thread until the stream ends (see {@link SseSink} for why not Javalin's asynchronous SSE).
     */
    private void stream(Context ctx, Function<SseSink, StreamHandle> start) {
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/event-stream");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        SseSink sink;
        try {
            res.flushBuffer();
            sink = new SseSink(res.getOutputStream(), json);
        } catch (IOException e) {
            return; // the client left before the stream opened: nothing to answer
        }
        open.add(sink);
        try {
            run(sink, start);
            sink.awaitClosed();
        } finally {
            open.remove(sink);
        }
    }

    private void run(SseSink sink, Function<SseSink, StreamHandle> start) {
        sink.keepAlive();
        StreamHandle handle = start.apply(sink);
        if (handle == null) {
            sink.close();
            return;
        }
        ScheduledFuture<?> beat = keepAlive.scheduleAtFixedRate(sink::keepAlive, KEEP_ALIVE_MILLIS, KEEP_ALIVE_MILLIS,
                TimeUnit.MILLISECONDS);
        // after a normal end this finds nothing to stop; after a disconnect it closes the model call
        sink.onClose(() -> {
            beat.cancel(false);
            handle.cancel();
        });
    }

    private <T> StreamListener<T> forward(SseSink sink) {
        return new StreamListener<>() {
            @Override
            public void onToken(String text) {
                sink.send("token", Map.of("text", text));
            }

            @Override
            public void onComplete(LlmReply<T> reply) {
                sink.send("result", reply);
                sink.close();
            }

            @Override
            public void onError(LlmFailure failure) {
                sink.send("fallback", failure);
                sink.close();
            }
        };
    }

    private static boolean wantsStream(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream");
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    /** Ends every open stream (their request threads return), then stops the keep-alive timer. */
    @Override
    public void close() {
        for (SseSink sink : open) {
            sink.close();
        }
        keepAlive.shutdownNow();
    }
}
