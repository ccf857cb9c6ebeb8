package dev.rehearse.llm.call;

import dev.langchain4j.service.Result;
import dev.rehearse.llm.guard.ReplyChecks;
import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.FailureKind;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.retrieval.PassageMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A plain (not streamed) call for a structured result: invalid JSON once is asked for again, then the
 * failure is reported. The transport bounds each exchange by the timeout, so this never waits unbounded.
 */
public final class StructuredCall {

    /** How a result is checked against the sources before the user sees it. */
    @FunctionalInterface
    public interface Check<T> {
        LlmReply<T> apply(ReplyChecks checks, T result, List<Citation> sent, List<String> notes);
    }

    private StructuredCall() {
    }

    /**
     * @param usable the result, or null when it lacks what the page needs (treated as invalid JSON)
     */
    public static <T> LlmOutcome<T> run(CallContext context, CoachRequest request, Supplier<Result<T>> call,
                                        Function<T, T> usable, Check<T> check) {
        List<String> notes = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                Result<T> result = call.get();
                T content = result.content() == null ? null : usable.apply(result.content());
                List<Citation> sent = PassageMetadata.numbered(result.sources() == null ? List.of() : result.sources());
                if (content != null) {
                    return LlmOutcome.of(check.apply(context.facts().checks(request), content, sent, notes));
                }
                if (attempt >= 2) {
                    return LlmOutcome.failed(context.failures().malformed(Fallbacks.OFFLINE).withRetrieved(sent));
                }
            } catch (RuntimeException e) {
                LlmFailure failure = context.failures().classify(e, Fallbacks.OFFLINE);
                if (failure.kind() != FailureKind.MALFORMED || attempt >= 2) {
                    return LlmOutcome.failed(failure);
                }
            }
            notes.add("The model's first answer was not valid JSON; it was asked once more.");
        }
    }
}
