package dev.rehearse.coach.report;

import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.text.DiffSegment;
import java.util.List;

/**
 * The answer the notes already hold to the same question, and how the draft differs from it.
 *
 * @param passage      the notes' answer
 * @param question     the question as the notes write it
 * @param similarity   how close the two questions are (shared words over all words, 0–1, two decimals)
 * @param diff         word diff from the notes' answer to the draft
 * @param wordsAdded   words only in the draft
 * @param wordsRemoved words only in the notes' answer
 */
public record NotesAnswer(PassageRef passage, String question, double similarity, List<DiffSegment> diff,
                          int wordsAdded, int wordsRemoved) {

    public NotesAnswer {
        diff = List.copyOf(diff);
    }
}
