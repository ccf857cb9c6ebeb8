package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;

/**
 * A number in the draft.
 *
 * @param value    the number as written ("4", "30", "two", "1.5")
 * @param unit     the unit that follows it ("hours", "%", "pipelines"), or "" when there is none
 * @param quantity true when it measures something (it has a unit and is not a year)
 */
public record NumberFinding(String id, FindingKind kind, Span span, String value, String unit, boolean quantity,
                            String message) implements Finding {
}
