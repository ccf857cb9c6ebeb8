package dev.rehearse.coach;

import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.LengthVerdict;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.report.StructureReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ceilings on the overall score: whatever the five dimensions add up to, an answer with one of these faults
 * cannot read as solid. Each cap that applies is shown with its reason; the lowest one wins.
 */
final class OverallCaps {

    /** The overall score with the caps applied, and the reason for each cap. */
    record Capped(BigDecimal overall, List<ScoreReason> caps) {
    }

    /** A conceptual answer with at most this many "I"s never says what the candidate does: it recites. */
    private static final int RECITED_I = 1;
    /** A conceptual answer touching this many of the company's themes applies the idea to the company's product. */
    private static final int APPLIED_THEMES = 3;
    /** A short answer with this structure and this substance is brief but whole, and escapes the short cap. */
    private static final int BRIEF_STRUCTURE = 4;
    private static final int BRIEF_SUBSTANCE = 3;
    /** One arrow in a spoken answer is a slip; this many marks of notes is a draft that was never turned into speech. */
    private static final int NOTES_MARKS = 3;
    private static final BigDecimal SHORT_CAP = BigDecimal.valueOf(2.5).setScale(1, RoundingMode.HALF_UP);
    private static final BigDecimal NO_REASON_CAP = BigDecimal.valueOf(3.0).setScale(1, RoundingMode.HALF_UP);

    private OverallCaps() {
    }

    /**
     * @param dims    the five dimension scores, in the rubric's order (substance, structure, relevance, …)
     * @param credit  which named systems are the candidate's own work
     * @param overall the weighted mean of the dimensions
     */
    static Capped apply(Scorer.Input in, List<DimensionScore> dims, OwnWork.Credit credit, BigDecimal overall) {
        List<ScoreReason> caps = new ArrayList<>();
        // under half the length keeps an answer "developing" at best; the delivery score already takes the length
        // points, so the cap only stops a short answer from reading as solid, and a strong short story still ranks
        // above a weak one of the same length. A brief answer that is complete and concrete (its framework's parts,
        // and evidence of the candidate's own work) is not held back: it is short, not thin, and delivery says so
        boolean briefButWhole = dims.get(1).score() >= BRIEF_STRUCTURE && dims.get(0).score() >= BRIEF_SUBSTANCE;
        if (in.delivery().length() == LengthVerdict.FAR_TOO_SHORT && !briefButWhole && overall.compareTo(SHORT_CAP) > 0) {
            caps.add(new ScoreReason(0, "Overall capped at 2.5: the answer is under half the length its question needs (" + in.delivery().wordCount()
                            + " of at least " + in.question().target().minWords() + " words).", List.of()));
            overall = SHORT_CAP;
        }
        Optional<ScoreReason> offTopic = RelevanceCriteria.offTopic(dims.get(2).score(), in.relevance());
        if (offTopic.isPresent() && overall.compareTo(SHORT_CAP) > 0) {
            caps.add(offTopic.get());
            overall = SHORT_CAP;
        }
        // a conceptual answer told without the candidate in it, with no substance at all (no example, system, measure
        // or trade-off) or reciting definitions and impersonal rules (Definitions), reads as a textbook page and stays
        // "developing". One that says what the candidate does or would do ("I'd keep the raw data as it arrives") is a
        // design being reasoned, and one worked through the company's own product (several themes) is applied
        boolean nothingEarned = dims.get(0).reasons().stream().noneMatch(r -> r.points() > 0);
        boolean recited = in.ownership().iCount() <= RECITED_I;
        long themes = in.relevance().companyMentions().stream().filter(m -> !m.namesCompany()).map(CompanyMention::theme).distinct().count();
        if (in.question().type() == QuestionType.CONCEPTUAL && recited && themes < APPLIED_THEMES && overall.compareTo(SHORT_CAP) > 0
                && (nothingEarned || Definitions.count(in.structure().sentences()) >= Definitions.RECITAL)) {
            caps.add(new ScoreReason(0, nothingEarned ? "Overall capped at 2.5: a textbook explanation, with nothing of your own behind it: "
                    + "no example from your work, no system you used, no measure, no trade-off." : Definitions.CAP_REASON, List.of()));
            overall = SHORT_CAP;
        }
        if (credit.shoppingList() && overall.compareTo(SHORT_CAP) > 0) {
            caps.add(new ScoreReason(0, "Overall capped at 2.5: a shopping list of tools, none of them said to be used for anything.", List.of()));
            overall = SHORT_CAP;
        }
        Optional<Concern> surface = SurfaceCap.of(in.concerns(), in.evidence(),
                in.structure().sentences().stream().map(SentenceRole::span).toList());
        if (surface.isPresent() && overall.doubleValue() > SurfaceCap.CAP) {
            caps.add(new ScoreReason(0, SurfaceCap.reason(surface.get()), List.of(surface.get().id())));
            overall = BigDecimal.valueOf(SurfaceCap.CAP).setScale(1, RoundingMode.HALF_UP);
        }
        // pasted notes are not yet an answer: however good the facts in them, the candidate cannot say them as written
        Concern notes = in.concerns().stream().filter(c -> c.rule().equals(Scorer.UNSPEAKABLE)).findFirst().orElse(null);
        if (notes != null && notes.spans().size() >= NOTES_MARKS && overall.compareTo(SHORT_CAP) > 0) {
            caps.add(new ScoreReason(0, "Overall capped at 2.5: written as notes (" + notes.spans().size()
                    + " arrows, abbreviations or bullets), not yet something you can say.", List.of(notes.id())));
            overall = SHORT_CAP;
        }
        // an answer hedged throughout takes no position: an interviewer cannot tell what the candidate would do or
        // thinks, however fluent and on-topic the rest. Credibility already loses its point; the cap stops the other
        // dimensions from carrying it to "solid"
        List<PhraseFinding> hedges = in.delivery().hedges();
        if (PlainReasoning.hedgedThroughout(hedges, in.delivery().wordCount()) && overall.compareTo(SHORT_CAP) > 0) {
            caps.add(new ScoreReason(0, "Overall capped at 2.5: hedged throughout (" + hedges.size()
                    + " hedges), so it never commits to an answer; say what you would do, or what you think, and why.",
                    hedges.stream().map(PhraseFinding::id).limit(6).toList()));
            overall = SHORT_CAP;
        }
        // a reason for leaving spent on the new company, with nothing of the role the candidate is in nor of what they
        // want next, answers "why this company?": however well told, it gives no reason to move
        if (aboutTheNewCompanyInstead(in.structure(), in.relevance()) && overall.compareTo(NO_REASON_CAP) > 0) {
            caps.add(new ScoreReason(0, "Overall capped at 3.0: no reason of your own for moving. The answer is about the company "
                    + "you are applying to and says nothing of the role you are in or of what you want next, so it answers \"why "
                    + "this company?\"; say what your role gives you and what it does not, then what you are looking for.",
                    List.of("gap-current", "gap-next")));
            overall = NO_REASON_CAP;
        }
        // red flags cap the score whatever else the answer does well: the lowest cap wins, each reason shown
        for (Concern c : in.concerns()) {
            if (c.redFlag() && overall.doubleValue() > c.cap()) {
                overall = BigDecimal.valueOf(c.cap()).setScale(1, RoundingMode.HALF_UP);
            }
        }
        for (Concern c : in.concerns()) {
            if (c.redFlag()) {
                caps.add(new ScoreReason(0, String.format(Locale.ROOT, "Overall capped at %.1f: %s", c.cap(), c.message()), List.of(c.id())));
            }
        }
        return new Capped(overall, caps);
    }

    /**
     * A reason for leaving that shows neither the current role nor the next step, in which at least half the sentences
     * name the company or touch its themes. Both conditions, because the parts are read from cue words and a fair answer
     * can escape them; one that spends itself on the new company cannot also be about the candidate's move.
     */
    static boolean aboutTheNewCompanyInstead(StructureReport s, Relevance relevance) {
        if (!"current-next-tie".equals(s.framework()) || s.part("current").present() || s.part("next").present() || s.sentences().isEmpty()) {
            return false;
        }
        long onTheCompany = s.sentences().stream()
                .filter(r -> relevance.companyMentions().stream().anyMatch(m -> r.span().covers(m.span().start(), m.span().end())))
                .count();
        return 2 * onTheCompany >= s.sentences().size();
    }
}
