package dev.rehearse.practice;

import java.time.Instant;

/**
 * One point of a question's history: enough for the score chart and for choosing two attempts to diff,
 * without the draft and the report.
 */
public record AttemptSummary(long id, PracticeMode mode, Double overallScore, int draftWords,
                             String modelNote, Instant createdAt) {
}
