package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The draft against the candidate's own notes.
 *
 * @param passages     the notes' passages most relevant to the question and draft, best first
 * @param missingFacts numbers, names and outcomes in those passages that the draft leaves out
 * @param notesAnswer  the notes' own answer to the same question, when there is one (absent otherwise)
 * @param numbers      each number of the draft against the notes: backed there (with the line) or not, in draft order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Grounding(List<RelevantPassage> passages, List<MissingFact> missingFacts, NotesAnswer notesAnswer,
                        List<NumberCheck> numbers) {

    public Grounding {
        passages = List.copyOf(passages);
        missingFacts = List.copyOf(missingFacts);
        // reports saved before numbers were checked have none
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }
}
