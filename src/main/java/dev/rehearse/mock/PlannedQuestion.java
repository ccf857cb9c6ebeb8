package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One question of a session's plan.
 *
 * @param index      its place in the plan, from 1
 * @param slot       why it is in the plan: opener, motivation, behavioural, technical, closing, or picked by the user
 * @param text       the question as the interviewer asks it
 * @param questionId the question bank's id, absent for the standard questions the bank does not hold
 * @param type       the coach's question type (its rubric and length target)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedQuestion(int index, String slot, String text, String questionId, String type) {
}
