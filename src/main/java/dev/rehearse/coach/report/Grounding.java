package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The draft against the candidate's own notes.
 *
 * @param passages     the notes' passages most relevant to the question and draft, best first
 * @param missingFacts numbers, names and outcomes in those passages that the draft leaves out
 * @param notesAnswer  the notes' own answer to the same question, when there is one (absent otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Grounding(List<RelevantPassage> passages, List<MissingFact> missingFacts, NotesAnswer notesAnswer) {

    public Grounding {
        passages = List.copyOf(passages);
        missingFacts = List.copyOf(missingFacts);
    }
}
