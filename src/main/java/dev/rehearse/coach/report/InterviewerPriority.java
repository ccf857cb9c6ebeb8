package dev.rehearse.coach.report;

import dev.rehearse.knowledge.PassageRef;

/**
 * Something the interviewer said in reply to a question like the one asked (what success looks like, what the
 * role needs), and whether the draft builds on it, judged by meaning.
 *
 * @param passage    where the notes record it
 * @param said       what the interviewer said
 * @param takenUp    whether a sentence of the draft comes close enough to it to count as building on it
 * @param closest    the draft sentence closest to it, with its similarity
 */
public record InterviewerPriority(PassageRef passage, String said, boolean takenUp, SentenceMatch closest) {
}
