package dev.rehearse.http;

import dev.rehearse.llm.request.OfflineFacts;

/**
 * The offline analysis of one draft.
 *
 * @param report what the page shows (serialised to JSON as it is)
 * @param facts  its findings as short facts for the model's prompt
 */
public record OfflineCritique(Object report, OfflineFacts facts) {
}
