package dev.rehearse.coach;

import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.Delivery;
import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.Evidence;
import dev.rehearse.coach.report.Finding;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.LanguageReport;
import dev.rehearse.coach.report.LanguageStatus;
import dev.rehearse.coach.report.LengthVerdict;
import dev.rehearse.coach.report.NameFinding;
import dev.rehearse.coach.report.Ownership;
import dev.rehearse.coach.report.PartReport;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.coach.report.Scores;
import dev.rehearse.coach.report.StructureReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rubric's five dimensions, 1–5. Every dimension starts at 1 and earns a
 * point per criterion met, so an answer only scores well by showing what the rubric asks for; every
 * step names the findings or gaps behind it.
 */
final class Scorer {

    /** What the draft-only analysis gives the scorer. */
    record Input(QuestionReport question, StructureReport structure, Evidence evidence, Ownership ownership,
                 Delivery delivery, Relevance relevance, LanguageReport language, List<Concern> concerns) {
    }

    /**
     * What the knowledge base adds (phase 2): the company tie found through retrieval.
     *
     * @param tied     whether the draft ties to the company's research
     * @param evidence finding and passage ids that show the tie
     * @param reason   the criterion in words
     */
    record Tie(boolean tied, List<String> evidence, String reason) {
    }

    private static final Map<Dimension, Double> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put(Dimension.SUBSTANCE, 0.25);
        WEIGHTS.put(Dimension.STRUCTURE, 0.20);
        WEIGHTS.put(Dimension.RELEVANCE, 0.20);
        WEIGHTS.put(Dimension.CREDIBILITY, 0.20);
        WEIGHTS.put(Dimension.DELIVERY, 0.15);
    }

    private static final int MAX_EVIDENCE = 6;

    private final CoachRules rules;

    Scorer(CoachRules rules) {
        this.rules = rules;
    }

    Scores score(Input analysed, Tie tie) {
        // figures the notes do not back are shown, but earn nothing as evidence
        Input in = new Input(analysed.question(), analysed.structure(), UnbackedFigures.backedOnly(analysed.evidence(), analysed.concerns()),
                analysed.ownership(), analysed.delivery(), analysed.relevance(), analysed.language(), analysed.concerns());
        // which named systems are the candidate's own work, read once for substance, credibility and the list cap
        OwnWork.Credit credit = OwnWork.credit(in.evidence().names(), in.structure().sentences(), companyNames(in));
        List<DimensionScore> dims = List.of(
                dimension(Dimension.SUBSTANCE, withConcerns(Dimension.SUBSTANCE, substance(in, credit), in)),
                dimension(Dimension.STRUCTURE, withConcerns(Dimension.STRUCTURE, structure(in), in)),
                dimension(Dimension.RELEVANCE, withConcerns(Dimension.RELEVANCE, relevance(in, tie), in)),
                dimension(Dimension.CREDIBILITY, withConcerns(Dimension.CREDIBILITY, credibility(in, credit), in)),
                dimension(Dimension.DELIVERY, withConcerns(Dimension.DELIVERY, delivery(in), in)));
        double mean = 0;
        for (DimensionScore d : dims) {
            mean += WEIGHTS.get(d.dimension()) * d.score();
        }
        BigDecimal overall = BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP);
        OverallCaps.Capped capped = OverallCaps.apply(in, dims, credit, overall);
        overall = capped.overall();
        List<ScoreReason> caps = capped.caps();
        double o = overall.doubleValue();
        String verdict = o < 2 ? "weak" : o < 3 ? "developing" : o < 4 ? "solid" : "strong";
        return new Scores(dims, o, verdict, caps, tie == null ? "draft" : "draft+knowledge");
    }

    private DimensionScore dimension(Dimension d, List<ScoreReason> reasons) {
        int base = 1;
        int sum = base;
        for (ScoreReason r : reasons) {
            sum += r.points();
        }
        int score = Math.max(1, Math.min(5, sum));
        return new DimensionScore(d, score, base, rules.anchor(d, score), reasons);
    }

    // ---- Substance: concrete, quantified, alternatives weighed

    private List<ScoreReason> substance(Input in, OwnWork.Credit credit) {
        List<ScoreReason> out = new ArrayList<>();
        Evidence ev = in.evidence();
        QuestionType type = in.question().type();
        if (type == QuestionType.CLOSING) {
            out.add(criterion(in.structure().part("specific").present(), 1, "The question is specific to the team, role or company",
                    "The question is generic: it could be asked anywhere", sentenceIds(in.structure().part("specific")), gapIds(in, "specific")));
            out.add(criterion(!in.relevance().companyMentions().isEmpty(), 1, "It draws on the company or its themes",
                    "It does not draw on anything you learned about the company", ids(in.relevance().companyMentions()), List.of()));
            out.add(criterion(in.structure().part("open").present(), 1, "An open question (how/what)",
                    "A yes/no question", sentenceIds(in.structure().part("open")), gapIds(in, "open")));
            long questions = in.structure().sentences().stream().filter(s -> s.span().text().contains("?")).count();
            out.add(criterion(questions >= 1 && questions <= 2, 1, "Focused: " + questions + " question" + (questions == 1 ? "" : "s"),
                    questions == 0 ? "No question asked" : questions + " questions at once: pick the one or two that matter", List.of(), List.of()));
            return out;
        }
        // a name is evidence when the draft says what the candidate did with it; the company's own name is the tie
        // (relevance), not a specific of the candidate's work
        List<NameFinding> concrete = credit.credited();
        List<String> concreteText = concrete.stream().map(NameFinding::name).distinct().toList();
        out.add(criterion(!concrete.isEmpty(), 1, "Says what you did with named systems ("
                        + String.join(", ", concreteText.stream().limit(5).toList()) + ")",
                credit.listed().isEmpty() ? "Names no system or tool you worked with" : "Names tools without saying what you did with them",
                firstIds(concrete), List.of()));
        if (credit.listed().size() > concrete.size()) {
            out.add(new ScoreReason(-1, "A list of tools is not evidence: say what you did with one of them and why",
                    cap(firstIds(credit.listed()))));
        }
        List<Finding> measures = new ArrayList<>(ev.quantities());
        measures.addAll(ev.changes());
        out.add(criterion(!measures.isEmpty(), 1, "Gives numbers with units (" + measures.size() + ")",
                "Gives no number with a unit", ids(measures), List.of()));
        if (StructureAnalyzer.STAR.equals(in.structure().framework())) {
            out.add(criterion(!ev.changes().isEmpty() || ev.quantities().size() >= 3, 1,
                    ev.changes().isEmpty() ? "Several measures back the story" : "Shows a change: before → after or by how much",
                    "No before → after or size of change", ids(!ev.changes().isEmpty() ? ev.changes() : ev.quantities()), gapIds(in, "result-number")));
        } else {
            String examplePart = examplePart(in.structure().framework());
            boolean example = examplePart != null && in.structure().part(examplePart).present();
            out.add(criterion(!ev.changes().isEmpty() || example, 1,
                    !ev.changes().isEmpty() ? "Shows a change: before → after or by how much" : "Grounds it in a concrete example",
                    "No concrete example or measured change", !ev.changes().isEmpty() ? ids(ev.changes()) : sentenceIds(examplePart == null ? null : in.structure().part(examplePart)),
                    examplePart == null ? List.of() : gapIds(in, examplePart)));
        }
        List<Finding> tradeOffs = ev.reasoning().stream().filter(r -> r.kind() == FindingKind.TRADE_OFF).map(r -> (Finding) r).toList();
        out.add(criterion(!tradeOffs.isEmpty(), 1, "Weighs alternatives or names a trade-off",
                "No alternative weighed, no trade-off named", ids(tradeOffs), List.of()));
        int words = Math.max(1, in.delivery().wordCount());
        int vague = ev.vague().size();
        // "things", "a lot" and "many" are how people talk (vague.txt, [spoken]): they weigh half, so three of them in a
        // spoken answer do not cost the point that three claims like "improved" or "significantly" with no number do
        long spoken = ev.vague().stream().filter(v -> rules.vagueSpoken.contains(v.span().text().toLowerCase(java.util.Locale.ROOT))).count();
        double weight = vague - spoken / 2.0;
        if (weight >= 3 || weight * 100.0 / words > 3.0) {
            out.add(new ScoreReason(-1, "Vague wording in " + vague + " places", ids(ev.vague())));
        }
        if (in.delivery().length() == LengthVerdict.FAR_TOO_LONG) {
            out.add(new ScoreReason(-1, "Rambling: " + in.delivery().wordCount() + " words, far over the "
                    + in.question().target().maxWords() + " this question needs; the point gets lost", List.of()));
        }
        return out;
    }

    private static String examplePart(String framework) {
        return switch (framework) {
            case "claim-principles-example", "approach-example-outcome" -> "example";
            case "present-past-future" -> "past";
            case "company-personal-fit" -> "fit";
            // a reason for leaving is grounded in the role the candidate is in
            case "current-next-tie" -> "current";
            default -> null;
        };
    }

    // ---- Structure: headline first, the type's framework in proportion

    private List<ScoreReason> structure(Input in) {
        StructureReport s = in.structure();
        List<ScoreReason> out = new ArrayList<>();
        if (StructureAnalyzer.STAR.equals(s.framework())) {
            return StoryArc.criteria(s, in.delivery().wordCount(), part -> gapIds(in, part));
        }
        for (PartReport p : s.parts()) {
            if (!rules.gapMessages.getOrDefault(s.framework(), Map.of()).containsKey(p.part())) {
                // optional parts (a conceptual answer's summary) earn nothing and cost nothing
                continue;
            }
            out.add(criterion(p.present(), 1, "Shows the " + p.part(), "Missing the " + p.part(), sentenceIds(p), gapIds(in, p.part())));
        }
        if ("specific-open-question".equals(s.framework())) {
            return out;
        }
        out.add(criterion(s.headlineFirst(), 1, "Headline first: the first sentence answers the question",
                "The first sentence does not answer the question", s.sentences().isEmpty() ? List.of() : List.of("sentence-0"),
                s.sentences().isEmpty() ? List.of() : List.of("sentence-0")));
        return out;
    }

    // ---- Relevance: answers the question; ties to the role and the company

    private List<ScoreReason> relevance(Input in, Tie tie) {
        Relevance r = in.relevance();
        List<ScoreReason> out = new ArrayList<>();
        QuestionType type = in.question().type();
        if (type == QuestionType.SELF_INTRODUCTION || type == QuestionType.CLOSING) {
            // the question names no topic to pick up: the answer is relevant when it does the type's job
            boolean intro = type == QuestionType.SELF_INTRODUCTION;
            PartReport first = in.structure().part(intro ? "present" : "question");
            PartReport second = in.structure().part(intro ? "future" : "specific");
            out.add(criterion(first.present(), 1, intro ? "Says what you do now" : "Asks a question",
                    intro ? "Does not say what you do now" : "Asks no question", sentenceIds(first), gapIds(in, first.part())));
            out.add(criterion(second.present(), 1, intro ? "Points to this role as the next step" : "Asks about this role, team or company",
                    intro ? "Does not point to this role" : "Asks nothing specific to this role, team or company",
                    sentenceIds(second), gapIds(in, second.part())));
        } else if (r.questionTerms().isEmpty()) {
            // "Why Acme?" has no topic words besides the company: judge it by the type's own parts
            PartReport main = in.structure().parts().get(0);
            out.add(criterion(main.present(), 1, "Does what the question asks: shows the " + main.part(),
                    "Misses what the question asks: no " + main.part(), sentenceIds(main), gapIds(in, main.part())));
            out.add(criterion(in.structure().gaps().isEmpty(), 1, "Covers everything this type of question needs",
                    "Leaves out part of what this type of question needs", List.of(),
                    in.structure().gaps().stream().map(Gap::id).toList()));
        } else {
            out.addAll(RelevanceCriteria.of(r, in.structure()));
        }
        out.addAll(RelevanceCriteria.interviewer(r));
        List<String> first = in.structure().sentences().isEmpty() ? List.of() : List.of("sentence-0");
        out.add(criterion(in.structure().headlineFirst(), 1, "Answers up front", "Does not answer up front", first, first));
        if (tie != null) {
            out.add(criterion(tie.tied(), 1, tie.reason(), tie.reason(), tie.evidence(), List.of()));
        } else {
            List<CompanyMention> tied = PitchLines.outside(r.companyMentions(), in.concerns(), in.structure().sentences());
            out.add(criterion(!tied.isEmpty(), 1, "Ties to the company (" + String.join(", ", distinctText(tied)) + ")",
                    "No tie to the company: name it or one of its themes", ids(tied), List.of()));
        }
        return out;
    }

    // ---- Credibility: own actions, constraints and trade-offs, specifics

    private List<ScoreReason> credibility(Input in, OwnWork.Credit credit) {
        Ownership o = in.ownership();
        QuestionType type = in.question().type();
        List<ScoreReason> out = new ArrayList<>();
        if (OwnershipAnalyzer.OWN_ACTION_TYPES.contains(type)) {
            out.add(criterion(o.iCount() >= 2 && o.iCount() >= o.weCount(), 1,
                    "Own actions in \"I\" terms (I ×" + o.iCount() + ", we ×" + o.weCount() + ")",
                    "Too little \"I\" (I ×" + o.iCount() + ", we ×" + o.weCount() + "): say what you did", o.firstPersonSentences(), ids(o.unclear())));
            out.add(criterion(o.unclear().isEmpty() && o.passive().size() <= 1, 1, "Clear who did what",
                    "Unclear who did what in " + (o.unclear().size() + o.passive().size()) + " places",
                    List.of(), ids(Stream.concat(o.unclear().stream(), o.passive().stream()).map(f -> (Finding) f).toList())));
        } else {
            String examplePart = examplePart(in.structure().framework());
            boolean own = examplePart != null && in.structure().part(examplePart).present() && o.iCount() >= 1;
            out.add(criterion(own, 1, "Draws on your own work", "Nothing from your own work backs it",
                    examplePart == null ? List.of() : sentenceIds(in.structure().part(examplePart)), examplePart == null ? List.of() : gapIds(in, examplePart)));
            out.add(criterion(o.passive().size() <= 1, 1, "Plain active statements",
                    o.passive().size() + " passive constructions blur who does what", ids(o.passive()), ids(o.passive())));
        }
        List<PhraseFinding> hedges = in.delivery().hedges();
        if (PlainReasoning.hedgedThroughout(hedges, in.delivery().wordCount())) {
            out.add(new ScoreReason(-1, "Hedged throughout (" + hedges.size() + " hedges): it takes no position; say what you would do and why",
                    cap(ids(hedges))));
        }
        List<Finding> reasoning = in.evidence().reasoning().stream().map(f -> (Finding) f).toList();
        List<String> reasoned = PlainReasoning.reasonedChoices(in.structure().sentences(), in.concerns());
        if (!reasoning.isEmpty() || reasoned.size() < PlainReasoning.REASONED_CHOICES) {
            out.add(criterion(!reasoning.isEmpty(), 1, "Names constraints or trade-offs", "No constraint or trade-off named", ids(reasoning), List.of()));
        } else {
            out.add(new ScoreReason(1, "Gives the reason for its choices (" + reasoned.size() + " sentences say what you would do and why)",
                    cap(reasoned)));
        }
        List<Finding> specifics = new ArrayList<>(in.evidence().quantities());
        specifics.addAll(in.evidence().changes());
        specifics.addAll(credit.credited());
        out.add(criterion(!specifics.isEmpty(), 1, "Claims backed by specifics (names, numbers)", "Claims with nothing specific behind them",
                ids(specifics), List.of()));
        return out;
    }

    // ---- Delivery: length, hedges and fillers, sentence length, language

    private List<ScoreReason> delivery(Input in) {
        Delivery d = in.delivery();
        List<ScoreReason> out = new ArrayList<>();
        String length = d.spoken() != null && d.spoken().timed() ? SpokenReasons.length(d)
                : d.wordCount() + " words, about " + d.speakingSeconds() + " s spoken (target " + d.target().minWords() + "-"
                + d.target().maxWords() + " words, " + d.target().minSeconds() + "-" + d.target().maxSeconds() + " s)";
        int lengthPoints = switch (d.length()) {
            case WITHIN_TARGET -> 2;
            case TOO_SHORT, TOO_LONG -> 1;
            default -> 0;
        };
        out.add(new ScoreReason(lengthPoints, (lengthPoints == 2 ? "Right length: " : lengthPoints == 1 ? "Somewhat off the target length: " : "Far off the target length: ") + length, List.of()));
        out.addAll(SpokenReasons.of(d.spoken()));
        // a near-empty draft has no hedges or long sentences to speak of, and earns nothing for it
        boolean judgeable = d.wordCount() >= Math.max(10, d.target().minWords() / 4);
        List<Finding> loose = new ArrayList<>(d.hedges());
        loose.addAll(d.fillers());
        double per100 = loose.size() * 100.0 / Math.max(1, d.wordCount());
        if (!judgeable) {
            out.add(new ScoreReason(0, "Too short to judge hedges and sentence length", List.of()));
        } else {
            out.add(criterion(loose.size() <= 2 && per100 <= 1.5, 1, "Direct: " + loose.size() + " hedges or fillers",
                    loose.size() + " hedges or fillers", ids(loose), ids(loose)));
            boolean notes = in.concerns().stream().anyMatch(c -> c.rule().equals(UNSPEAKABLE));
            // a listener follows one long sentence in an answer; a run of them, or one past the very-long mark, loses them
            long veryLong = in.structure().sentences().stream().filter(r -> r.words() > rules.veryLongSentenceWords).count();
            boolean sayable = d.longSentences().size() <= 1 && veryLong == 0;
            out.add(criterion(sayable && !notes, 1, d.longSentences().isEmpty() ? "Sentences short enough to say"
                            : "Sentences short enough to say (one over " + rules.longSentenceWords + " words)",
                    notes ? "Not yet speakable: written as notes" : veryLong > 0
                            ? veryLong + (veryLong == 1 ? " sentence" : " sentences") + " over " + rules.veryLongSentenceWords + " words"
                            : d.longSentences().size() + " sentences over " + rules.longSentenceWords + " words",
                    List.of(), ids(d.longSentences())));
        }
        LanguageReport l = in.language();
        if (l.status() == LanguageStatus.SKIPPED) {
            out.add(new ScoreReason(0, "Spelling and grammar not checked: " + l.reason(), List.of()));
        } else {
            // the answer is spoken: spelling and grammar are shown to fix, but they do not change how it sounds
            out.add(new ScoreReason(0, l.issues().isEmpty() ? "No spelling or grammar problems"
                    : l.issues().size() + " spelling or grammar problem(s): worth fixing in your notes, no effect on how it sounds",
                    ids(l.issues())));
        }
        return out;
    }

    // ---- concerns: signals cost the points their rule names, once each

    static final String UNSPEAKABLE = "unspeakable";

    private static List<ScoreReason> withConcerns(Dimension d, List<ScoreReason> reasons, Input in) {
        List<ScoreReason> out = new ArrayList<>(reasons);
        for (Concern c : in.concerns()) {
            if (c.redFlag()) {
                continue;
            }
            int points = ConcernFinder.shared().rule(c.rule()).points().getOrDefault(d, 0);
            if (points != 0) {
                out.add(new ScoreReason(points, c.message(), List.of(c.id())));
            }
        }
        return out;
    }

    // ---- helpers

    private static List<dev.rehearse.coach.text.Span> companyNames(Input in) {
        return companyNames(in.relevance());
    }

    /** Where the draft names the company: its own name is the tie (relevance), not a specific of the candidate's work. */
    static List<dev.rehearse.coach.text.Span> companyNames(Relevance relevance) {
        return relevance.companyMentions().stream().filter(CompanyMention::namesCompany).map(CompanyMention::span).toList();
    }

    static ScoreReason criterion(boolean met, int points, String yes, String no, List<String> evidenceIfMet, List<String> evidenceIfNot) {
        return met ? new ScoreReason(points, yes, cap(evidenceIfMet)) : new ScoreReason(0, no, cap(evidenceIfNot));
    }

    private static List<String> cap(List<String> ids) {
        return ids.size() <= MAX_EVIDENCE ? ids : ids.subList(0, MAX_EVIDENCE);
    }

    private static List<String> ids(List<? extends Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }

    private static List<String> firstIds(List<NameFinding> names) {
        Map<String, String> first = new LinkedHashMap<>();
        names.forEach(n -> first.putIfAbsent(n.name(), n.id()));
        return List.copyOf(first.values());
    }

    private static List<String> distinctText(List<? extends Finding> findings) {
        return findings.stream().map(f -> f.span().text()).distinct().limit(5).toList();
    }

    /** Sentences are cited as "sentence-N" (their index in {@code structure.sentences}). */
    private static List<String> sentenceIds(PartReport p) {
        return p == null ? List.of() : p.sentences().stream().map(i -> "sentence-" + i).toList();
    }

    private static List<String> gapIds(Input in, String part) {
        return in.structure().gaps().stream().filter(g -> g.part().equals(part)).map(Gap::id).toList();
    }
}
