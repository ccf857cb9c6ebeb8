package dev.rehearse.coach.report;

import dev.rehearse.knowledge.PassageRef;
import java.util.List;

/**
 * Something the interviewer said (from the notes) that bears on this answer.
 *
 * @param passage      where the notes record it
 * @param text         what was said
 * @param matchedWords its words that the draft already reflects
 * @param reflected    whether the draft picks up at least half of its words
 */
public record InterviewerNote(PassageRef passage, String text, List<String> matchedWords, boolean reflected) {

    public InterviewerNote {
        matchedWords = List.copyOf(matchedWords);
    }
}
