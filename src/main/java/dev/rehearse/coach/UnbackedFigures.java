package dev.rehearse.coach;

import dev.rehearse.coach.report.ChangeFinding;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.Evidence;
import dev.rehearse.coach.report.NumberCheck;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.text.ClaimVoice;
import dev.rehearse.text.LinearRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Results told in figures that the candidate's notes do not state: "failed runs dropped to about one in fifty", "the
 * table now covers 99.6% of transactions", "detection went from four hours to fifteen minutes". A coach who has read
 * the notes asks where each came from, and so will the interviewer. One such figure is a detail to be ready for; two
 * or more are a story dressed in numbers the candidate cannot back, which is what invented results sound like when
 * they are modest enough to pass the implausible-figure check.
 *
 * <p>A figure counts here when the notes do not state the same claim ({@link NotesNumbers}) or state it as the
 * company's, when it sits in a sentence that reports rather than imagines ("I'd alert after 30 minutes" plans), and
 * when it is the kind of figure a result is told in: a share, money, a multiple, a score, a large count, or either
 * end of a before → after change. A bare duration or count in passing ("two weeks", "three tables") is not. Nothing is
 * held against a draft when the notes state no figures at all: there is then nothing to check it against.
 *
 * <p>Such figures earn nothing as evidence (no "gives numbers", "shows a change" or "backed by specifics"), and the
 * concern is a red flag that keeps the overall score at "solid" or below (concerns.txt, {@code [red-flag.unbacked-figures]}).
 */
final class UnbackedFigures {

    /** The concern's rule name in concerns.txt. */
    static final String RULE = "unbacked-figures";

    /** Unbacked result figures before the concern holds. */
    static final int MIN = 2;

    /** How figures of a result are told: a share, money, a multiple, a score, a count in thousands or more. */
    private static final Pattern RESULT_FIGURE = LinearRegex.compileIgnoringCase(
            "%|\\bper ?cent\\b|[$£€]|\\b\\d+(?:\\.\\d+)?\\s*x\\b|\\btimes\\b|\\bpoints?\\b|\\b(?:thousand|million|billion)s?\\b|\\d,\\d{3}|\\b\\d{4,}\\b"
                    + "|\\bone in (?:\\w+)\\b");

    /** Where a clause ends before a figure: a comma, a semicolon or colon, a bracket, a dash. */
    private static final Pattern CLAUSE = Pattern.compile("[,;:()–—]");

    /** A sentence that passes on what the candidate read or was told, rather than what they did. */
    private static final Pattern PASSED_ON = LinearRegex.compileIgnoringCase(
            "\\b(?:from what (?:i|i['’]ve) (?:read|seen|heard|understand)|(?:i|i['’]ve) (?:read|seen) (?:that|on|in)|according to|(?:their|the company['’]s) (?:site|website|docs|documentation|blog|research))\\b");

    private UnbackedFigures() {
    }

    /** The concern, when the draft reports two or more result figures the notes do not back. */
    static Optional<Concern> find(DraftText draft, Evidence evidence, KnowledgeVocabulary vocabulary, int numbered) {
        NotesNumbers notes = vocabulary.numbers();
        // the count first: reading the notes' claims is the costly part, done once per snapshot on first need
        if (evidence.numbers().size() < MIN || !notes.hasNotes()) {
            return Optional.empty();
        }
        List<Span> unbacked = new ArrayList<>();
        for (NumberCheck c : notes.check(draft, evidence.numbers(), vocabulary.companyName().orElse(""))) {
            boolean notBacked = c.support() == NumberCheck.Support.NOT_IN_NOTES || c.support() == NumberCheck.Support.COMPANY_FIGURE;
            if (notBacked && reported(draft, c.span(), vocabulary.companyName().orElse(""))
                    && (RESULT_FIGURE.matcher(c.span().text()).find() || inChange(c.span(), evidence))) {
                unbacked.add(c.span());
            }
        }
        if (unbacked.size() < MIN) {
            return Optional.empty();
        }
        ConcernFinder.Rule rule = ConcernFinder.shared().rule(RULE);
        List<String> shown = unbacked.stream().limit(4).map(s -> "\"" + s.text().strip() + "\"").toList();
        return Optional.of(new Concern("concern-" + (numbered + 1), RULE, true, rule.cap(),
                rule.message().replace("{figures}", String.join(", ", shown)), rule.suggestion(), unbacked));
    }

    /**
     * The evidence a score may rest on: without the numbers and changes an unbacked-figures concern holds against the
     * draft. The report still shows every number; only the credit goes.
     */
    static Evidence backedOnly(Evidence ev, List<Concern> concerns) {
        List<Span> unbacked = concerns.stream().filter(c -> c.rule().equals(RULE)).flatMap(c -> c.spans().stream()).toList();
        if (unbacked.isEmpty()) {
            return ev;
        }
        List<NumberFinding> numbers = ev.numbers().stream().filter(n -> !overlaps(n.span(), unbacked)).toList();
        List<ChangeFinding> changes = ev.changes().stream().filter(c -> !overlaps(c.span(), unbacked)).toList();
        return new Evidence(numbers, changes, ev.names(), ev.distinctNames(), ev.reasoning(), ev.vague());
    }

    /**
     * Whether the figure is told as something that happened to the candidate's work: not imagined in its own clause
     * ("I'd build on my last role, where I cut incidents by a third" reports the cut), not the company's (a sentence
     * naming it), and not passed on from reading ("from what I read, a score runs from 0 to 100").
     */
    private static boolean reported(DraftText draft, Span figure, String company) {
        Sentence sentence = draft.sentenceAt(figure.start());
        String text = sentence.text();
        String[] clauses = CLAUSE.split(draft.view().substring(Math.min(sentence.start(), figure.start()), figure.start()), -1);
        String clause = clauses[clauses.length - 1] + figure.text();
        boolean namesCompany = !company.isBlank() && text.toLowerCase(Locale.ROOT).contains(company.toLowerCase(Locale.ROOT));
        return !ClaimVoice.hypothetical(clause) && !namesCompany && !PASSED_ON.matcher(text).find();
    }

    private static boolean inChange(Span figure, Evidence evidence) {
        return evidence.changes().stream().anyMatch(c -> c.span().start() <= figure.start() && figure.end() <= c.span().end());
    }

    private static boolean overlaps(Span s, List<Span> spans) {
        return spans.stream().anyMatch(u -> u.start() < s.end() && s.start() < u.end());
    }
}
