package dev.rehearse.practice;

import java.time.Instant;

/**
 * One point of a question's history: enough for the score chart and for choosing two attempts to diff,
 * without the draft and the report.
 *
 * @param sameDraftAs the id of the question's oldest attempt with exactly this draft: two attempts have the same
 *                    draft when these are equal (Critique, Follow-ups and Tie on one draft make three attempts)
 */
public record AttemptSummary(long id, PracticeMode mode, Double overallScore, int draftWords,
                             String modelNote, Instant createdAt, long sameDraftAs) {
}
