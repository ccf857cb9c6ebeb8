package dev.rehearse.llm.call;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.service.TokenStream;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.retrieval.PassageMetadata;
import dev.rehearse.llm.transport.CallScope;
import dev.rehearse.llm.transport.RetryPolicy;
import dev.rehearse.llm.transport.UpstreamTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One streamed model call, whatever it asks: it binds the call's scope while the assistant is invoked,
 * forwards tokens until the call is cancelled, reports a stream that ended without a finished answer,
 * and gives the listener exactly one final callback. A backstop deadline ends the call as a timeout
 * however the upstream behaves, so nothing waits on it for ever.
 */
public final class StreamedCall<T> {

    private static final String ENDED_EARLY = "The model's answer stream ended before it was complete.";

    private final StreamedCallSpec<T> spec;
    private final StreamListener<T> listener;
    private final CallContext context;
    private final StreamHandle handle = new StreamHandle(new CallScope());
    /** The passages sent with the latest attempt: a failure at any point carries them. */
    private final AtomicReference<List<Content>> sent = new AtomicReference<>(List.of());
    private volatile Future<?> deadline;

    private StreamedCall(StreamedCallSpec<T> spec, StreamListener<T> listener, CallContext context) {
        this.spec = spec;
        this.listener = listener;
        this.context = context;
    }

    static <T> StreamHandle start(StreamedCallSpec<T> spec, StreamListener<T> listener, CallContext context) {
        StreamedCall<T> call = new StreamedCall<>(spec, listener, context);
        call.armDeadline();
        call.attempt(1);
        return call.handle;
    }

    /**
     * The longest a whole call may take: each exchange is bounded by the timeout, retries by the policy,
     * and the call by its attempts; past that something upstream or in LangChain4j lost the ending.
     */
    static Duration ceiling(CallContext context, int attempts) {
        Duration timeout = context.settings().timeout();
        return RetryPolicy.of(context.settings().retries()).longestCall(timeout).multipliedBy(attempts);
    }

    private void armDeadline() {
        Duration ceiling = ceiling(context, spec.maxAttempts());
        try {
            Future<?> alarm = context.transport().after(ceiling, () -> {
                fail(context.failures().classify(new UpstreamTimeoutException(
                        "the model call did not end within " + ceiling.toSeconds() + " s", ceiling), spec.fallback()));
                handle.scope().cancel();
            });
            deadline = alarm;
            handle.scope().onCancel(() -> alarm.cancel(false));
        } catch (RejectedExecutionException closed) {
            // the coach is closed: the attempt is refused the same way and ends the call as cancelled
        }
    }

    private void attempt(int attempt) {
        sent.set(List.of());
        AtomicBoolean settled = new AtomicBoolean();
        Consumer<String> partials = spec.partials(attempt, token -> {
            if (!handle.isCancelled() && !handle.isDone()) {
                listener.onToken(token);
            }
        });
        try {
            TokenStream stream = handle.scope().call(() -> spec.open(attempt));
            stream.onRetrieved(sent::set)
                    .onPartialResponse(partials)
                    .onCompleteResponse(response -> {
                        settled.set(true);
                        complete(attempt, response);
                    })
                    .onError(error -> {
                        settled.set(true);
                        fail(context.failures().classifyStream(error, spec.fallback()));
                    });
            // some providers (Anthropic) say nothing when a stream stops early: then the end of the
            // stream comes with no answer, and that is reported rather than waited on for ever
            handle.scope().onNextStreamEnd(() -> {
                if (!settled.get()) {
                    fail(context.failures().truncated(ENDED_EARLY, spec.fallback()));
                }
            });
            handle.scope().run(stream::start);
        } catch (RuntimeException e) {
            fail(context.failures().classify(e, spec.fallback()));
        }
    }

    private void complete(int attempt, ChatResponse response) {
        if (handle.isCancelled()) {
            return;
        }
        if (response.finishReason() == null) {
            fail(context.failures().truncated(ENDED_EARLY, spec.fallback()));
            return;
        }
        Settlement<T> settlement;
        try {
            settlement = spec.settle(attempt, response, PassageMetadata.numbered(sent.get()));
        } catch (RuntimeException e) {
            fail(context.failures().classify(e, spec.fallback()));
            return;
        }
        if (settlement instanceof Settlement.Again<T> && attempt < spec.maxAttempts()) {
            attempt(attempt + 1);
        } else if (settlement instanceof Settlement.Reply<T> r) {
            succeed(r.reply());
        } else if (settlement instanceof Settlement.Failed<T> f) {
            fail(f.failure());
        } else {
            fail(context.failures().malformed(spec.fallback()));
        }
    }

    private void succeed(LlmReply<T> reply) {
        if (handle.finish()) {
            try {
                listener.onComplete(reply);
            } finally {
                ended();
            }
        }
    }

    private void fail(LlmFailure failure) {
        if (handle.finish()) {
            try {
                listener.onError(failure.withRetrieved(PassageMetadata.numbered(sent.get())));
            } finally {
                ended();
            }
        } else {
            ended();
        }
    }

    private void ended() {
        Future<?> alarm = deadline;
        if (alarm != null) {
            alarm.cancel(false);
        }
        handle.ended();
    }
}
