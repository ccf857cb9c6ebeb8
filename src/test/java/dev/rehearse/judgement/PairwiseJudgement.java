package dev.rehearse.judgement;

import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.coach.report.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Scores every triple of the judgement set twice (weak and strong) with any scorer and sums up how often the coach
 * prefers the strong answer: the figures the benchmark prints and the judgement test asserts.
 */
public final class PairwiseJudgement {

    /** The gap strong must clear over weak for a pair to count as "won by a margin". */
    public static final double MARGIN = 0.3;

    /** One triple scored. */
    public record Pair(JudgedTriple triple, Scores weak, Scores strong) {
        public double margin() {
            return strong.overall() - weak.overall();
        }

        public boolean won() {
            return margin() > 0;
        }

        public boolean wonByMargin() {
            return margin() >= MARGIN - 1e-9;
        }
    }

    private final List<Pair> pairs;

    private PairwiseJudgement(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /** Scores every triple with {@code score} (question, answer) → scores. */
    public static PairwiseJudgement run(List<JudgedTriple> triples, BiFunction<String, String, Scores> score) {
        List<Pair> out = new ArrayList<>();
        for (JudgedTriple t : triples) {
            out.add(new Pair(t, score.apply(t.question(), t.weak()), score.apply(t.question(), t.strong())));
        }
        return new PairwiseJudgement(out);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public double accuracy(Predicate<Pair> which, Predicate<Pair> success) {
        List<Pair> sel = pairs.stream().filter(which).toList();
        return sel.isEmpty() ? Double.NaN : sel.stream().filter(success).count() / (double) sel.size();
    }

    public double meanMargin() {
        return pairs.stream().mapToDouble(Pair::margin).average().orElse(Double.NaN);
    }

    /** The report the benchmark prints. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        Predicate<Pair> all = p -> true;
        Predicate<Pair> matched = p -> p.triple().lengthMatched();
        sb.append(String.format(Locale.ROOT, "pairs: %d (length-matched %d)%n", pairs.size(), pairs.stream().filter(matched).count()));
        sb.append(String.format(Locale.ROOT, "pairwise accuracy, strong > weak:        all %.3f  length-matched %.3f%n",
                accuracy(all, Pair::won), accuracy(matched, Pair::won)));
        sb.append(String.format(Locale.ROOT, "pairwise accuracy, strong ≥ weak + %.1f:  all %.3f  length-matched %.3f%n", MARGIN,
                accuracy(all, Pair::wonByMargin), accuracy(matched, Pair::wonByMargin)));
        sb.append(String.format(Locale.ROOT, "mean margin (strong - weak): %.2f%n", meanMargin()));
        sb.append("per type (won / won by margin / n):\n");
        Map<String, List<Pair>> byType = new TreeMap<>();
        pairs.forEach(p -> byType.computeIfAbsent(p.triple().type(), k -> new ArrayList<>()).add(p));
        byType.forEach((type, ps) -> sb.append(String.format(Locale.ROOT, "  %-20s %.2f  %.2f  %d%n", type,
                ps.stream().filter(Pair::won).count() / (double) ps.size(),
                ps.stream().filter(Pair::wonByMargin).count() / (double) ps.size(), ps.size())));
        sb.append("per failure mode (won by margin / n):\n");
        Map<String, List<Pair>> byMode = new TreeMap<>();
        pairs.forEach(p -> byMode.computeIfAbsent(p.triple().failureMode(), k -> new ArrayList<>()).add(p));
        byMode.forEach((mode, ps) -> sb.append(String.format(Locale.ROOT, "  %-20s %.2f  %d%n", mode,
                ps.stream().filter(Pair::wonByMargin).count() / (double) ps.size(), ps.size())));
        sb.append("score distribution (min p25 p50 p75 max):\n");
        sb.append("  weak   ").append(distribution(pairs.stream().mapToDouble(p -> p.weak().overall()).toArray())).append('\n');
        sb.append("  strong ").append(distribution(pairs.stream().mapToDouble(p -> p.strong().overall()).toArray())).append('\n');
        sb.append(String.format(Locale.ROOT, "weak flattery/buzzwords/generic above 2.5: %d; strong without STAR words below 3.5: %d%n",
                weakSurfaceAbove(2.5).size(), strongNoStarBelow(3.5).size()));
        sb.append("  surface above 2.5: ").append(weakSurfaceAbove(2.5).stream().map(p -> p.triple().id() + " " + p.weak().overall()).toList())
                .append("; STAR-less below 3.5: ").append(strongNoStarBelow(3.5).stream().map(p -> p.triple().id() + " " + p.strong().overall()).toList()).append('\n');
        sb.append("caps fired (weak / strong):\n");
        Map<String, int[]> caps = new TreeMap<>();
        for (Pair p : pairs) {
            p.weak().caps().forEach(c -> caps.computeIfAbsent(capName(c), k -> new int[2])[0]++);
            p.strong().caps().forEach(c -> caps.computeIfAbsent(capName(c), k -> new int[2])[1]++);
        }
        caps.forEach((name, n) -> sb.append(String.format(Locale.ROOT, "  %3d / %3d  %s%n", n[0], n[1], name)));
        sb.append("pairs not won by the margin:\n");
        pairs.stream().filter(p -> !p.wonByMargin()).forEach(p -> sb.append(String.format(Locale.ROOT,
                "  %s %-18s %-19s weak %.1f strong %.1f%n", p.triple().id(), p.triple().type(), p.triple().failureMode(),
                p.weak().overall(), p.strong().overall())));
        return sb.toString();
    }

    /** Weak answers of the surface failure modes (flattery, buzzwords, generic) scoring above {@code limit}. */
    public List<Pair> weakSurfaceAbove(double limit) {
        return pairs.stream().filter(p -> List.of("flattery", "buzzwords", "generic").contains(p.triple().failureMode()))
                .filter(p -> p.weak().overall() > limit + 1e-9).toList();
    }

    /** Strong answers told without STAR cue words scoring below {@code limit}. */
    public List<Pair> strongNoStarBelow(double limit) {
        return pairs.stream().filter(p -> p.triple().failureMode().equals("no-star-words"))
                .filter(p -> p.strong().overall() < limit - 1e-9).toList();
    }

    private static String capName(ScoreReason c) {
        String r = c.reason();
        int colon = r.indexOf(':');
        return colon > 0 ? r.substring(0, colon) : r;
    }

    private static String distribution(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f %.1f  mean %.2f", s[0], s[s.length / 4], s[s.length / 2],
                s[3 * s.length / 4], s[s.length - 1], Arrays.stream(s).average().orElse(0));
    }
}
