package dev.rehearse.coach.report;

import dev.rehearse.knowledge.PassageRef;
/**
 * Something the candidate's notes say about this topic that the draft leaves out.
 *
 * @param id      "fact-" and a running number
 * @param kind    number, name or outcome
 * @param text    the fact as the notes write it
 * @param passage where the notes say it
 * @param message what to consider
 */
public record MissingFact(String id, String kind, String text, PassageRef passage, String message) {
}
