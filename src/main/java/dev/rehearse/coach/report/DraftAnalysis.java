package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The offline analysis of one draft answer: what the question asks, how the answer is built, what
 * evidence and ownership it shows, how it will sound, and the rubric scores with their reasons.
 * Plain data: the HTTP layer returns it as JSON as is; every finding points into the draft.
 *
 * @param question  the question's type and what that type expects
 * @param structure the answer's shape against the type's framework
 * @param evidence  numbers, changes, names, reasoning, vague wording
 * @param ownership "I" against "we", unclear ownership, passives
 * @param delivery  length, hedges, fillers, long sentences
 * @param relevance overlap with the question, company mentions
 * @param language  spelling and grammar, or why they were not checked
 * @param markup    HTML tags or entities in the draft (ignored by the analysis, shown as text)
 * @param concerns  red flags that cap the score and signals that cost points (flattery, buzzwords, notes …)
 * @param scores    the rubric scores
 */
public record DraftAnalysis(QuestionReport question, StructureReport structure, Evidence evidence, Ownership ownership,
                            Delivery delivery, Relevance relevance, LanguageReport language, List<PhraseFinding> markup,
                            List<Concern> concerns, Scores scores) {

    public DraftAnalysis {
        markup = List.copyOf(markup);
        concerns = List.copyOf(concerns);
    }

    /** Every finding of the report, in draft order. */
    @JsonIgnore
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>();
        all.addAll(evidence.numbers());
        all.addAll(evidence.changes());
        all.addAll(evidence.names());
        all.addAll(evidence.reasoning());
        all.addAll(evidence.vague());
        all.addAll(ownership.unclear());
        all.addAll(ownership.passive());
        all.addAll(delivery.hedges());
        all.addAll(delivery.fillers());
        all.addAll(delivery.longSentences());
        all.addAll(relevance.mentions());
        all.addAll(relevance.companyMentions());
        all.addAll(language.issues());
        all.addAll(markup);
        all.sort(Comparator.comparingInt((Finding f) -> f.span().start()).thenComparing(Finding::id));
        return all;
    }

    @JsonIgnore
    public Optional<Finding> finding(String id) {
        return allFindings().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Findings of one kind, in draft order. */
    @JsonIgnore
    public List<Finding> findings(FindingKind kind) {
        return allFindings().stream().filter(f -> f.kind() == kind).toList();
    }

    /** A copy with another delivery (a spoken draft's, measured from its recording). */
    public DraftAnalysis withDelivery(Delivery newDelivery) {
        return new DraftAnalysis(question, structure, evidence, ownership, newDelivery, relevance, language, markup, concerns, scores);
    }

    /** A copy with other scores (the full critique re-scores with the company tie). */
    public DraftAnalysis withScores(Scores newScores) {
        return new DraftAnalysis(question, structure, evidence, ownership, delivery, relevance, language, markup, concerns, newScores);
    }
}
