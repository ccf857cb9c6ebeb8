package dev.rehearse.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void should_give_ndcg_one_when_the_relevant_documents_come_first() {
        assertThat(RankingMetrics.ndcg(List.of("a", "b", "x"), Map.of("a", 1, "b", 1), 10)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void should_discount_a_relevant_document_by_log2_of_rank_plus_one() {
        // one relevant document at rank 2: 1/log2(3) over the ideal 1/log2(2)
        assertThat(RankingMetrics.ndcg(List.of("x", "a"), Map.of("a", 1), 10)).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12));
    }

    @Test
    void should_use_grades_as_gains_and_ignore_zero_grades() {
        // ideal order: a (2), b (1); we return b then a
        double dcg = 1 / 1.0 + 2 / (Math.log(3) / Math.log(2));
        double idcg = 2 / 1.0 + 1 / (Math.log(3) / Math.log(2));
        assertThat(RankingMetrics.ndcg(List.of("b", "a"), Map.of("a", 2, "b", 1, "c", 0), 10)).isCloseTo(dcg / idcg, within(1e-12));
    }

    @Test
    void should_count_only_the_first_k_results() {
        assertThat(RankingMetrics.ndcg(List.of("x", "y", "a"), Map.of("a", 1), 2)).isZero();
        assertThat(RankingMetrics.recall(List.of("a", "x", "b"), Map.of("a", 1, "b", 1), 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.recall(List.of("a", "x", "b"), Map.of("a", 1, "b", 1), 3)).isEqualTo(1.0);
    }

    @Test
    void should_take_the_nearest_rank_percentile() {
        double[] sorted = new double[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(RankingMetrics.percentile(sorted, 0.5)).isEqualTo(50);
        assertThat(RankingMetrics.percentile(sorted, 0.99)).isEqualTo(99);
        assertThat(RankingMetrics.percentile(new double[] {7}, 0.99)).isEqualTo(7);
    }
}
