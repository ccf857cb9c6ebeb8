package dev.rehearse.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;

/**
 * The answer to one coaching action (critique, follow-ups, tie), the same with a model and without one: what the
 * HTTP API returns, what the CLI prints with {@code --json}, and what the history stores.
 *
 * <p>As JSON: the offline report's fields at the top level (so a client reads them the same way whatever the
 * configuration), then {@code llm}, the model's checked reply or null, and {@code llmNote}, why the configured
 * model gave no reply or null. Both are null when no model is configured. {@code attemptId} appears only when
 * the result was saved to the history.
 *
 * @param offline   the offline coach's report (a record: Jackson lifts a bean's fields to the top, not a map's)
 * @param llm       the model's reply, or null
 * @param llmNote   why the configured model gave no reply, or null
 * @param attemptId the saved attempt's id, or null when not saved
 * @param <O>       the offline report's type
 * @param <L>       the model result's type
 */
public record CoachResult<O, L>(@JsonUnwrapped O offline, LlmReply<L> llm, LlmFailure llmNote,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Long attemptId) {

    public CoachResult {
        if (offline == null) {
            throw new IllegalArgumentException("a coach result always has the offline report");
        }
        if (llm != null && llmNote != null) {
            throw new IllegalArgumentException("a coach result has the model's reply or a note why not, never both");
        }
    }

    /** The offline report alone: no model is configured. */
    public static <O, L> CoachResult<O, L> offlineOnly(O offline) {
        return new CoachResult<>(offline, null, null, null);
    }

    /** The same result, as saved under {@code id}. */
    public CoachResult<O, L> savedAs(long id) {
        return new CoachResult<>(offline, llm, llmNote, id);
    }
}
