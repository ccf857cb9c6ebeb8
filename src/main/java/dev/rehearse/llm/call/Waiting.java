package dev.rehearse.llm.call;

import dev.rehearse.llm.reply.FailureKind;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.reply.LlmReply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** A streamed call, waited for whole: for callers that want the result, not the tokens. */
public final class Waiting {

    /** Beyond the call's own deadline, for the final callback to arrive. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private Waiting() {
    }

    /**
     * Starts the call and waits for its outcome. The call ends itself within its ceiling; the wait here is
     * bounded too, and a call still open past it is cancelled and reported as a timeout.
     */
    public static <T> LlmOutcome<T> forOutcome(CallContext context, int attempts,
                                               Function<StreamListener<T>, StreamHandle> start) {
        AtomicReference<LlmOutcome<T>> outcome = new AtomicReference<>();
        StreamHandle handle = start.apply(new StreamListener<>() {
            @Override
            public void onToken(String text) {
                // the whole result comes at the end
            }

            @Override
            public void onComplete(LlmReply<T> reply) {
                outcome.set(LlmOutcome.of(reply));
            }

            @Override
            public void onError(LlmFailure failure) {
                outcome.set(LlmOutcome.failed(failure));
            }
        });
        Duration bound = StreamedCall.ceiling(context, attempts).plus(GRACE);
        try {
            if (!handle.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                handle.cancel();
                return LlmOutcome.failed(new LlmFailure(FailureKind.TIMEOUT, "The model call did not end within "
                        + bound.toSeconds() + " s. " + Fallbacks.OFFLINE, List.of()));
            }
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            return LlmOutcome.failed(new LlmFailure(FailureKind.CANCELLED, "Cancelled.", List.of()));
        }
        LlmOutcome<T> result = outcome.get();
        return result != null ? result : LlmOutcome.failed(new LlmFailure(FailureKind.CANCELLED, "Cancelled.", List.of()));
    }
}
