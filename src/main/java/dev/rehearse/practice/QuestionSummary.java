package dev.rehearse.practice;

import java.time.Instant;

/**
 * A question the candidate has practised.
 *
 * @param questionKey   the key to ask {@link AttemptStore#history(String)} with
 * @param questionId    the question bank id, or null for a free question
 * @param questionText  the text of the newest attempt at it
 * @param attempts      how many attempts are stored
 * @param bestScore     the highest overall score, or null when no attempt has one
 * @param lastScore     the score of the newest attempt that has one, or null
 * @param lastAttemptAt when it was last practised
 */
public record QuestionSummary(String questionKey, String questionId, String questionText, int attempts,
                              Double bestScore, Double lastScore, Instant lastAttemptAt) {
}
