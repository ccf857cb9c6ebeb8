package dev.rehearse.search;

import dev.rehearse.search.PassageIndex.Ranked;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges ranked lists by reciprocal rank fusion: a passage scores {@code w / (60 + rank)} for each
 * list it appears in (rank from 1), the constant as Elasticsearch and OpenSearch use it. Ranks, not
 * scores, are fused because BM25 scores and cosine similarities live on unrelated scales.
 */
final class ReciprocalRankFusion {

    private ReciprocalRankFusion() {
    }

    static List<Ranked> fuse(List<Ranked> first, double firstWeight, List<Ranked> second, double secondWeight, int k) {
        Map<String, Double> scores = new HashMap<>();
        add(scores, first, firstWeight);
        add(scores, second, secondWeight);
        List<Ranked> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new Ranked(id, score)));
        // ties broken by id so the same query on the same index always gives the same order
        fused.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::id));
        return fused.size() > k ? List.copyOf(fused.subList(0, k)) : fused;
    }

    private static void add(Map<String, Double> scores, List<Ranked> list, double weight) {
        for (int i = 0; i < list.size(); i++) {
            scores.merge(list.get(i).id(), weight / (RankingSettings.RRF_K + i + 1), Double::sum);
        }
    }
}
