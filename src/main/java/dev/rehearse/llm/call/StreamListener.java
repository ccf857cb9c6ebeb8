package dev.rehearse.llm.call;

import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;

/**
 * Receives a streamed model answer. Calls come from a background thread, one at a time: any number of
 * {@code onToken}, then exactly one of {@code onComplete} or {@code onError}; nothing at all after the
 * stream is cancelled.
 */
public interface StreamListener<T> {

    /** The next piece of prose: the answer to a question, or the critique's summary. */
    void onToken(String text);

    /** The checked, structured result with its citations. */
    void onComplete(LlmReply<T> reply);

    /** The call failed; show the offline report with {@code failure.note()}. */
    void onError(LlmFailure failure);
}
