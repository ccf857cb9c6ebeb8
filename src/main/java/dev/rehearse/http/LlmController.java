package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.call.StreamHandle;
import dev.rehearse.llm.call.StreamListener;
import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The streamed LLM routes: {@code POST /api/ask} and {@code POST /api/critique/stream}. With
 * {@code Accept: text/event-stream} they answer as Server-Sent Events:
 * <ul>
 *   <li>{@code offline} (critique only, first): the offline report;</li>
 *   <li>{@code token}: {@code {"text": "..."}}, the answer or the critique's summary as it is written;</li>
 *   <li>{@code result}: the checked model result with citations, flags and notes; or</li>
 *   <li>{@code fallback}: {@code {"kind", "note", "retrieved"}} when the model could not be used.</li>
 * </ul>
 * The stream ends after {@code result} or {@code fallback}. Without that Accept header the same
 * routes answer one JSON object. A client that disconnects cancels the model call.
 */
public final class LlmController implements AutoCloseable {

    /** How often an idle stream is written to, so a client that left is noticed within a second. */
    static final long KEEP_ALIVE_MILLIS = 250;

    private final LlmCoach coach;
    private final PassageSearch search;
    private final OfflineCritic offline;
    private final ObjectMapper json = Json.MAPPER;
    private final Set<SseSink> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rehearse-sse-keep-alive");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param coach   the LLM coach, or empty when {@code REHEARSE_LLM=none}
     * @param search  the hybrid search, for the passages shown when no model answers
     * @param offline the offline coach, run first for every critique
     */
    public LlmController(Optional<LlmCoach> coach, PassageSearch search, OfflineCritic offline) {
        this.coach = coach.orElse(null);
        this.search = search;
        this.offline = offline;
    }

    /** Declares the routes: call inside {@code Javalin.create(config -> ...)} with {@code config.routes}. */
    public void routes(JavalinDefaultRoutingApi routes) {
        routes.post("/api/ask", this::ask);
        routes.post("/api/critique/stream", this::critique);
    }

    /** POST /api/ask {question}. */
    public void ask(Context ctx) {
        String question = CoachInput.question(CoachInput.read(ctx));
        if (!wantsStream(ctx)) {
            LlmOutcome<LlmAnswer> outcome = coach == null
                    ? LlmOutcome.failed(LlmFailure.notConfigured(LlmCoach.PASSAGES_FALLBACK, passages(question)))
                    : coach.ask(question);
            ctx.contentType("application/json").result(
                    toJson(outcome.ok() ? Map.of("result", outcome.reply()) : Map.of("fallback", outcome.failure())));
            return;
        }
        stream(ctx, sink -> {
            if (coach == null) {
                sink.send("fallback", LlmFailure.notConfigured(LlmCoach.PASSAGES_FALLBACK, passages(question)));
                return null;
            }
            return coach.ask(question, forward(sink));
        });
    }

    /** POST /api/critique/stream {question, draft}. */
    public void critique(Context ctx) {
        CoachInput.Body body = CoachInput.read(ctx);
        String question = CoachInput.question(body);
        String draft = CoachInput.draft(body);
        // the offline analysis goes first: it is shown at once, and its findings go to the model
        OfflineCritique analysis = offline.critique(question, draft);
        CoachRequest request = new CoachRequest(question, draft, analysis.facts());
        if (!wantsStream(ctx)) {
            MergedCritique merged;
            if (coach == null) {
                merged = new MergedCritique(analysis.report(), null, LlmFailure.notConfigured(LlmCoach.OFFLINE_FALLBACK, List.of()));
            } else {
                LlmOutcome<LlmCritique> outcome = coach.critique(request);
                merged = new MergedCritique(analysis.report(), outcome.reply(), outcome.failure());
            }
            ctx.contentType("application/json").result(toJson(merged));
            return;
        }
        stream(ctx, sink -> {
            sink.send("offline", analysis.report());
            if (coach == null) {
                sink.send("fallback", LlmFailure.notConfigured(LlmCoach.OFFLINE_FALLBACK, List.of()));
                return null;
            }
            return coach.critique(request, forward(sink));
        });
    }

    /**
     * Opens the event stream, starts the call, ties the client's departure to a cancel, and holds the request
     * thread until the stream ends (see {@link SseSink} for why not Javalin's asynchronous SSE).
     */
    private void stream(Context ctx, java.util.function.Function<SseSink, StreamHandle> start) {
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

    private void run(SseSink sink, java.util.function.Function<SseSink, StreamHandle> start) {
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

    private List<Citation> passages(String question) {
        List<Passage> found = RetrievalPlan.ASK.run(search, question);
        List<Citation> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            out.add(Citation.of(i + 1, found.get(i)));
        }
        return out;
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
