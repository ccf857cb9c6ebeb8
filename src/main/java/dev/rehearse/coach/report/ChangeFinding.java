package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;

/**
 * A before → after pair or a relative change.
 *
 * @param form   "from-to" (from 4 hours to 20 minutes), "by" (cut costs by 30%), "relative" (3x faster, halved) or
 *               "outcome" (a figure earlier in the draft, then the outcome in words: "hasn't failed since")
 * @param before the starting quantity, or "" when not given
 * @param after  the end quantity, or "" when not given
 * @param by     the size of the change, or "" when not given
 */
public record ChangeFinding(String id, FindingKind kind, Span span, String form, String before, String after, String by,
                            String message) implements Finding {
}
