package dev.rehearse.practice;

import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.knowledge.PassageRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The prep pack: the practice history as one Markdown file to read before the interview. For each question
 * practised (in the order first practised): its best attempt (highest overall score; a tie goes to the newer;
 * attempts without a score count only when none has one), that attempt's dimension scores and draft, the
 * follow-ups to prepare and the company ties. Follow-ups and ties come from the best attempt's report when it
 * has them, otherwise from the newest attempt at the question whose report has them (a "followups" or "tie" run).
 * Reports are read as the coach's own records ({@link SavedReports}). Ask runs are not part of it: they are
 * questions put to the notes, not answers practised.
 *
 * <p>One company's pack holds only the attempts its history shows ({@link HistoryScope}) and names that company.
 *
 * <p>Written as it is read: the store hands over one attempt at a time and the Markdown goes straight to the
 * output, so a history of thousands of attempts needs no more memory than a few of them.
 *
 * <p>Deterministic: the same history and generation time give the same bytes. User and model text is escaped
 * ({@link MarkdownText}), so a draft cannot add headings or otherwise break the pack's structure.
 */
public final class PrepPack {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Highest score first; unscored last; then newest first. */
    static final Comparator<Attempt> BEST_FIRST = Comparator
            .comparing((Attempt a) -> a.overallScore() == null)
            .thenComparing(a -> a.overallScore() == null ? 0.0 : a.overallScore(), Comparator.reverseOrder())
            .thenComparing(Attempt::createdAt, Comparator.reverseOrder())
            .thenComparing(Attempt::id, Comparator.reverseOrder());

    /** {@link #BEST_FIRST} on the summaries a question's history lists. */
    private static final Comparator<AttemptSummary> BEST_SUMMARY_FIRST = Comparator
            .comparing((AttemptSummary a) -> a.overallScore() == null)
            .thenComparing(a -> a.overallScore() == null ? 0.0 : a.overallScore(), Comparator.reverseOrder())
            .thenComparing(AttemptSummary::createdAt, Comparator.reverseOrder())
            .thenComparing(AttemptSummary::id, Comparator.reverseOrder());

    private PrepPack() {
    }

    /** The pack as one string: for tests and small histories; {@link #write} streams it. */
    public static String markdown(AttemptStore store, Instant generatedAt, String company) {
        StringBuilder md = new StringBuilder();
        write(store, generatedAt, company, md);
        return md.toString();
    }

    /** The pack of the attempts {@code scope} sees, as one string. */
    public static String markdown(AttemptStore store, HistoryScope scope, Instant generatedAt, String company) {
        StringBuilder md = new StringBuilder();
        write(store, scope, generatedAt, company, md);
        return md.toString();
    }

    /** Writes the pack of every attempt to {@code out}, whatever company it was for. */
    public static void write(AttemptStore store, Instant generatedAt, String company, Appendable out) {
        write(store, HistoryScope.ALL, generatedAt, company, out);
    }

    /**
     * Writes the pack of the attempts {@code scope} sees to {@code out}.
     *
     * @param company the company the candidate is preparing for, as the knowledge folder names it; blank when unknown
     */
    public static void write(AttemptStore store, HistoryScope scope, Instant generatedAt, String company, Appendable out) {
        String target = company == null || company.isBlank() ? "the company" : company.strip();
        HistoryTotals totals = store.practisedTotals(scope);
        try {
            out.append("# Rehearse prep pack\n\n");
            if (totals.attempts() == 0) {
                out.append("Generated ").append(TIME.format(generatedAt)).append(". No attempts yet: practise a question first.\n");
                return;
            }
            out.append("Generated ").append(TIME.format(generatedAt)).append(" from ").append(plural(totals.questions(), "question"))
                    .append(" and ").append(plural(totals.attempts(), "attempt")).append(".\n");
            int n = 1;
            for (String key : store.practisedQuestionKeys(scope)) {
                StringBuilder md = new StringBuilder();
                if (appendQuestion(md, n, store, scope, key, target)) {
                    out.append(md);
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attempt the pack shows for a question. */
    public static Attempt best(List<Attempt> attempts) {
        return attempts.stream().min(BEST_FIRST).orElseThrow(() -> new IllegalArgumentException("no attempts"));
    }

    /** Appends one question's section; false when it has no attempts left (deleted while the pack was written). */
    private static boolean appendQuestion(StringBuilder md, int number, AttemptStore store, HistoryScope scope, String key,
                                          String company) {
        // choose on the summaries (no drafts or reports), then read the one attempt shown
        List<AttemptSummary> practised = store.history(key, scope).stream().filter(a -> a.mode() != PracticeMode.ASK).toList();
        Attempt shown = practised.stream().min(BEST_SUMMARY_FIRST).flatMap(a -> store.get(a.id())).orElse(null);
        if (shown == null) {
            return false;
        }
        int count = practised.size();
        SavedReport report = SavedReports.read(shown.mode(), shown.reportJson());
        md.append("\n## ").append(number).append(". ").append(MarkdownText.inline(shown.questionText())).append("\n\n");
        md.append("**Best attempt:** ").append(shown.overallScore() == null ? "not scored" : score(shown.overallScore()) + " / 5")
                .append(" · ").append(shown.mode().wireName()).append(" · ").append(TIME.format(shown.createdAt()))
                .append(" · ").append(plural(count, "attempt")).append(" in all");
        if (shown.modelNote() != null) {
            md.append(" · ").append(MarkdownText.inline(shown.modelNote()));
        }
        md.append("\n");
        if (report instanceof SavedReport.Unreadable unreadable) {
            md.append("\n*(").append(MarkdownText.inline("The saved report could not be read: " + unreadable.reason())).append(")*\n");
        }
        List<DimensionScore> dims = report.dimensions();
        if (!dims.isEmpty()) {
            md.append("\n**Scores:** ").append(dims.stream()
                    .map(d -> MarkdownText.inline(d.dimension().wireName()) + " " + d.score())
                    .collect(Collectors.joining(" · "))).append("\n");
        }
        md.append("\n");
        md.append(shown.draft().isBlank() ? "*(no draft)*\n" : MarkdownText.quote(shown.draft()));

        ReportParts parts = ReportParts.find(report, store, scope, key);
        md.append("\n### Follow-ups to prepare\n\n");
        if (parts.followUps().isEmpty()) {
            md.append("None yet: run Follow-ups on this question.\n");
        }
        int i = 1;
        for (FollowUp f : parts.followUps()) {
            md.append(i++).append(". ").append(MarkdownText.inline(f.question()));
            if (f.why() != null && !f.why().isBlank()) {
                md.append(" *(").append(MarkdownText.inline(f.why())).append(")*");
            }
            if (f.prepareFrom() != null) {
                md.append(" Prepare from ").append(cite(f.prepareFrom())).append(".");
            }
            md.append("\n");
        }

        md.append("\n### Company ties\n\n");
        if (parts.bridges().isEmpty()) {
            md.append("None yet: run Tie to ").append(MarkdownText.inline(company)).append("'s outcomes on this question.\n");
        }
        for (Bridge b : parts.bridges()) {
            md.append("- ").append(MarkdownText.inline(b.sentence()));
            if (b.citation() != null) {
                md.append(" (source: ").append(cite(b.citation())).append(")");
            }
            md.append("\n");
        }
        return true;
    }

    /** The follow-ups and ties to show: the best attempt's, else the newest attempt's that has them. */
    private static final class ReportParts {
        private List<FollowUp> followUps;
        private List<Bridge> bridges;

        static ReportParts find(SavedReport best, AttemptStore store, HistoryScope scope, String key) {
            ReportParts parts = new ReportParts();
            parts.followUps = best.followUps();
            parts.bridges = best.bridges();
            if (!parts.complete()) {
                store.forEachAttempt(key, scope, a -> {
                    if (a.mode() != PracticeMode.ASK) {
                        SavedReport r = SavedReports.read(a.mode(), a.reportJson());
                        parts.followUps = parts.followUps.isEmpty() ? r.followUps() : parts.followUps;
                        parts.bridges = parts.bridges.isEmpty() ? r.bridges() : parts.bridges;
                    }
                    return !parts.complete();
                });
            }
            return parts;
        }

        private boolean complete() {
            return !followUps.isEmpty() && !bridges.isEmpty();
        }

        List<FollowUp> followUps() {
            return followUps;
        }

        List<Bridge> bridges() {
            return bridges;
        }
    }

    /** "candidate/notes.txt lines 12–18": a citation a reader can follow in their own files. */
    private static String cite(PassageRef ref) {
        String where = ref.startLine() == ref.endLine()
                ? ref.source() + " line " + ref.startLine()
                : ref.source() + " lines " + ref.startLine() + "–" + ref.endLine();
        return MarkdownText.inline(where);
    }

    static String score(double s) {
        return BigDecimal.valueOf(s).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
