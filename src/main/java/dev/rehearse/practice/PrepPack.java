package dev.rehearse.practice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.practice.ReportFields.Bridge;
import dev.rehearse.practice.ReportFields.Citation;
import dev.rehearse.practice.ReportFields.DimensionScore;
import dev.rehearse.practice.ReportFields.FollowUp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The prep pack: the practice history as one Markdown file to read before the interview. For each question
 * practised (in the order first practised): its best attempt (highest overall score; a tie goes to the newer;
 * attempts without a score count only when none has one), that attempt's dimension scores and draft, the
 * follow-ups to prepare and the company ties. Follow-ups and ties come from the best attempt's report when it
 * has them, otherwise from the newest attempt at the question whose report has them (a "followups" or "tie" run).
 * The report fields read are listed in {@link ReportFields}.
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

    private PrepPack() {
    }

    public static String markdown(List<QuestionAttempts> history, Instant generatedAt) {
        StringBuilder md = new StringBuilder("# Rehearse prep pack\n\n");
        int attempts = history.stream().mapToInt(q -> q.attempts().size()).sum();
        if (history.isEmpty()) {
            return md.append("Generated ").append(TIME.format(generatedAt)).append(". No attempts yet: practise a question first.\n").toString();
        }
        md.append("Generated ").append(TIME.format(generatedAt)).append(" from ").append(plural(history.size(), "question"))
                .append(" and ").append(plural(attempts, "attempt")).append(".\n");
        int n = 1;
        for (QuestionAttempts q : history) {
            if (!q.attempts().isEmpty()) {
                appendQuestion(md, n++, q);
            }
        }
        return md.toString();
    }

    /** The attempt the pack shows for a question. */
    public static Attempt best(List<Attempt> attempts) {
        return attempts.stream().min(BEST_FIRST).orElseThrow(() -> new IllegalArgumentException("no attempts"));
    }

    private static void appendQuestion(StringBuilder md, int number, QuestionAttempts q) {
        Attempt best = best(q.attempts());
        Optional<JsonNode> bestReport = ReportFields.parse(best.reportJson());
        md.append("\n## ").append(number).append(". ").append(MarkdownText.inline(best.questionText())).append("\n\n");
        md.append("**Best attempt:** ").append(best.overallScore() == null ? "not scored" : score(best.overallScore()) + " / 5")
                .append(" · ").append(best.mode().wireName()).append(" · ").append(TIME.format(best.createdAt()))
                .append(" · ").append(plural(q.attempts().size(), "attempt")).append(" in all");
        if (best.modelNote() != null) {
            md.append(" · ").append(MarkdownText.inline(best.modelNote()));
        }
        md.append("\n");
        List<DimensionScore> dims = bestReport.map(ReportFields::dimensions).orElse(List.of());
        if (!dims.isEmpty()) {
            md.append("\n**Scores:** ").append(dims.stream()
                    .map(d -> MarkdownText.inline(d.name()) + " " + score(d.score()))
                    .collect(Collectors.joining(" · "))).append("\n");
        }
        md.append("\n");
        md.append(best.draft().isBlank() ? "*(no draft)*\n" : MarkdownText.quote(best.draft()));

        List<FollowUp> followUps = fromBestOrNewest(best, q.attempts(), ReportFields::followUps);
        md.append("\n### Follow-ups to prepare\n\n");
        if (followUps.isEmpty()) {
            md.append("None yet: run Follow-ups on this question.\n");
        }
        int i = 1;
        for (FollowUp f : followUps) {
            md.append(i++).append(". ").append(MarkdownText.inline(f.question()));
            if (f.why() != null) {
                md.append(" *(").append(MarkdownText.inline(f.why())).append(")*");
            }
            if (!f.prepareFrom().isEmpty()) {
                md.append(" Prepare from ").append(cite(f.prepareFrom())).append(".");
            }
            md.append("\n");
        }

        List<Bridge> bridges = fromBestOrNewest(best, q.attempts(), ReportFields::bridges);
        md.append("\n### Company ties\n\n");
        if (bridges.isEmpty()) {
            md.append("None yet: run Tie to TheyDo's outcomes on this question.\n");
        }
        for (Bridge b : bridges) {
            md.append("- ").append(MarkdownText.inline(b.sentence()));
            if (!b.citations().isEmpty()) {
                md.append(" (source: ").append(cite(b.citations())).append(")");
            }
            md.append("\n");
        }
    }

    private static <T> List<T> fromBestOrNewest(Attempt best, List<Attempt> newestFirst, Function<JsonNode, List<T>> field) {
        List<T> fromBest = ReportFields.parse(best.reportJson()).map(field).orElse(List.of());
        if (!fromBest.isEmpty()) {
            return fromBest;
        }
        for (Attempt a : newestFirst) {
            List<T> found = ReportFields.parse(a.reportJson()).map(field).orElse(List.of());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static String cite(List<Citation> citations) {
        return citations.stream().map(c -> MarkdownText.inline(c.label())).collect(Collectors.joining("; "));
    }

    static String score(double s) {
        return BigDecimal.valueOf(s).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
