package dev.rehearse.coach.report;

import dev.rehearse.knowledge.PassageRef;
import java.util.List;

/**
 * A passage retrieved for the question and draft.
 *
 * @param passage     where it is
 * @param rank        its place in the retrieval, from 1
 * @param snippet     a short plain-text excerpt
 * @param sharedWords words it shares with the draft (as the passage writes them)
 */
public record RelevantPassage(PassageRef passage, int rank, String snippet, List<String> sharedWords) {

    public RelevantPassage {
        sharedWords = List.copyOf(sharedWords);
    }
}
