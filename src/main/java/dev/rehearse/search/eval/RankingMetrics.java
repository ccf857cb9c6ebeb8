package dev.rehearse.search.eval;

import java.util.List;
import java.util.Map;

/** The usual measures of a ranked list against graded judgements, as trec_eval computes them. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** nDCG@k with linear gain (the judgement's grade) and a log2(rank + 1) discount. */
    public static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            int grade = judged.getOrDefault(ranked.get(i), 0);
            if (grade > 0) {
                dcg += grade / log2(i + 2);
            }
        }
        List<Integer> ideal = judged.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of relevant documents (grade above 0) found in the first k. */
    public static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
        long relevant = judged.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(id -> judged.getOrDefault(id, 0) > 0).count();
        return (double) found / relevant;
    }

    /** The value below which the given share of the sorted samples fall (nearest rank). */
    public static double percentile(double[] sorted, double share) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
