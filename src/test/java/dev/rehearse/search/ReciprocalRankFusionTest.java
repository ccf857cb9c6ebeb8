package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rehearse.search.PassageIndex.Ranked;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    private static List<Ranked> list(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new Ranked(id, 0)).toList();
    }

    @Test
    void should_score_one_over_sixty_plus_rank_per_list() {
        // when
        List<Ranked> fused = ReciprocalRankFusion.fuse(list("a", "b"), 1, list("b", "c"), 1, 10);

        // then
        assertThat(fused).extracting(Ranked::id).containsExactly("b", "a", "c");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 61, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
    }

    @Test
    void should_weigh_each_list() {
        List<Ranked> fused = ReciprocalRankFusion.fuse(list("a"), 0.5, list("b"), 1, 10);
        assertThat(fused).extracting(Ranked::id).containsExactly("b", "a");
        assertThat(fused.get(1).score()).isCloseTo(0.5 / 61, within(1e-12));
    }

    @Test
    void should_break_ties_by_id_and_keep_only_k() {
        List<Ranked> fused = ReciprocalRankFusion.fuse(list("z", "y"), 1, list("y", "z"), 1, 1);
        assertThat(fused).extracting(Ranked::id).containsExactly("y");
    }

    @Test
    void should_handle_an_empty_list() {
        assertThat(ReciprocalRankFusion.fuse(List.of(), 1, list("a", "b"), 1, 5)).extracting(Ranked::id).containsExactly("a", "b");
    }
}
