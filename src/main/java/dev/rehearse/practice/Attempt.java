package dev.rehearse.practice;

import java.time.Instant;

/**
 * A saved attempt, as read back from the store.
 *
 * @param id           assigned by the store; never reused, even after a delete
 * @param questionKey  groups attempts at the same question; see {@link QuestionKey}
 * @param questionId   the question bank id, or null for a free question
 * @param questionText the question as practised
 * @param draft        the candidate's answer
 * @param mode         the action that produced the report
 * @param reportJson   the report as it was saved
 * @param overallScore 1 to 5, or null
 * @param draftWords   words in the draft, counted when it was saved
 * @param modelNote    provider and model, or null
 * @param createdAt    when it was saved (UTC, millisecond precision)
 */
public record Attempt(long id, String questionKey, String questionId, String questionText, String draft,
                      PracticeMode mode, String reportJson, Double overallScore, int draftWords,
                      String modelNote, Instant createdAt) {
}
