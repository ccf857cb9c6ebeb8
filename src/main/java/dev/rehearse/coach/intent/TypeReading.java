package dev.rehearse.coach.intent;

import dev.rehearse.coach.report.QuestionType;

/**
 * The type a question's meaning points to.
 *
 * @param type       the coach's question type
 * @param family     the family of examples that came closest ("system-design" and "stakeholder" have no type of
 *                   their own and read as the type whose rubric fits them)
 * @param similarity the mean cosine similarity of the question to the family's nearest examples
 * @param margin     how much closer that is than the nearest family of another type
 */
public record TypeReading(QuestionType type, String family, double similarity, double margin) {
}
