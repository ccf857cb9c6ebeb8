package dev.rehearse.http;

import dev.rehearse.llm.LlmCritique;
import dev.rehearse.llm.LlmFailure;
import dev.rehearse.llm.LlmReply;

/**
 * A critique as one JSON answer: the offline report always; the model's critique when there is one,
 * otherwise the note saying why not.
 */
public record MergedCritique(Object offline, LlmReply<LlmCritique> llm, LlmFailure failure) {
}
