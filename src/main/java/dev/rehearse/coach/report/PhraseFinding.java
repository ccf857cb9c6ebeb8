package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rehearse.coach.text.Span;

/**
 * A word, phrase or sentence of the draft with a note about it.
 *
 * @param suggestion what to do about it; empty when there is nothing to suggest
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PhraseFinding(String id, FindingKind kind, Span span, String message, String suggestion) implements Finding {
}
