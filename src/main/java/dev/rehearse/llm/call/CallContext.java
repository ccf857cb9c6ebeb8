package dev.rehearse.llm.call;

import dev.rehearse.llm.guard.KnowledgeFacts;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.transport.UpstreamTransport;

/**
 * What every call of one coach shares: its settings, the house rules put in every prompt, how failures
 * become notes, the guard's view of the knowledge, and the transport (whose timer bounds each call).
 */
public record CallContext(LlmSettings settings, String rules, FailureClassifier failures, KnowledgeFacts facts,
                          UpstreamTransport transport) {
}
