package dev.rehearse.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;

/**
 * A question answered in one piece: {@code {"result": …}} with the model's checked answer, or
 * {@code {"fallback": …}} with the passages that match when no model could answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AskResult(LlmReply<LlmAnswer> result, LlmFailure fallback) {

    public AskResult {
        if ((result == null) == (fallback == null)) {
            throw new IllegalArgumentException("exactly one of result and fallback must be set");
        }
    }
}
