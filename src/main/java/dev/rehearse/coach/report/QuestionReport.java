package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;
import java.util.List;

/**
 * What kind of question it is and what that type asks of an answer.
 *
 * @param text         the question as given
 * @param type         the question type
 * @param label        a human name for the type
 * @param basis        "cues" when phrases of the question set the type, "meaning" when the question's meaning did
 *                     (no cue, weak cues or cues the meaning clearly contradicts), "fallback" when neither did
 * @param cues         the phrases that set the type: offsets into the question, not the draft
 * @param framework    the structure looked for: star, claim-principles-example, company-personal-fit,
 *                     current-next-tie, approach-example-outcome, present-past-future or specific-open-question
 * @param target       the length the type calls for
 * @param expectations the type's rubric, in words a candidate can act on
 */
public record QuestionReport(String text, QuestionType type, String label, String basis, List<Span> cues,
                             String framework, LengthTarget target, List<String> expectations) {

    public QuestionReport {
        cues = List.copyOf(cues);
        expectations = List.copyOf(expectations);
    }
}
