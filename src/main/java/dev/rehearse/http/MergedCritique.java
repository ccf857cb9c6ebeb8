package dev.rehearse.http;

import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;

/**
 * A critique as one JSON answer: the offline report always; the model's critique when there is one,
 * otherwise the note saying why not.
 */
public record MergedCritique(Object offline, LlmReply<LlmCritique> llm, LlmFailure failure) {
}
