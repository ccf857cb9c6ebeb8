package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The full offline critique: the draft analysis, grounded in the candidate's notes and the company
 * research, with likely follow-ups, scored with the company tie. What {@code POST /api/critique}
 * returns. The first ten fields are those of {@link DraftAnalysis}.
 *
 * @param grounding  the draft against the notes
 * @param companyTie the draft against the company research
 * @param followUps  likely follow-up questions, most likely first
 * @param scores     the rubric scores, relevance including the company tie
 */
public record Critique(QuestionReport question, StructureReport structure, Evidence evidence, Ownership ownership,
                       Delivery delivery, Relevance relevance, LanguageReport language, List<PhraseFinding> markup,
                       List<Concern> concerns, Grounding grounding, CompanyTie companyTie, List<FollowUp> followUps, Scores scores) {

    public Critique {
        markup = List.copyOf(markup);
        concerns = List.copyOf(concerns);
        followUps = List.copyOf(followUps);
    }

    public static Critique of(DraftAnalysis a, Grounding grounding, CompanyTie tie, List<FollowUp> followUps, Scores scores) {
        return new Critique(a.question(), a.structure(), a.evidence(), a.ownership(), a.delivery(), a.relevance(),
                a.language(), a.markup(), a.concerns(), grounding, tie, followUps, scores);
    }

    /** The draft analysis part, with these scores. */
    @JsonIgnore
    public DraftAnalysis analysis() {
        return new DraftAnalysis(question, structure, evidence, ownership, delivery, relevance, language, markup, concerns, scores);
    }
}
