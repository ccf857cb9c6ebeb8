package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.testing.BundledKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The coach's judgement on the hand-written set: how often it prefers the strong answer. The floors are the figures
 * reached by the rules today (docs/coach-judgement.md), so a change that makes the judgement worse fails here; the
 * issue's targets (95% of all pairs, 90% of the length-matched ones by 0.3 or more) are not reached yet and are
 * printed by the JudgementBenchmark. The draft analysis as served (MiniLM roles and relevance), no language check.
 */
@Tag("integration")
class JudgementTargetsTest {

    private static PairwiseJudgement judged;

    @BeforeAll
    static void score() {
        DraftAnalyzer analyzer = ServedAnalyzer.build(BundledKnowledge.embedder());
        judged = PairwiseJudgement.run(JudgementSet.triples(), (q, a) -> analyzer.analyze(q, a).scores());
    }

    @Test
    void should_prefer_the_strong_answer_by_the_margin_on_at_least_the_recorded_share_of_pairs() {
        // when
        double all = judged.accuracy(p -> true, PairwiseJudgement.Pair::wonByMargin);
        double matched = judged.accuracy(p -> p.triple().lengthMatched(), PairwiseJudgement.Pair::wonByMargin);
        double won = judged.accuracy(p -> true, PairwiseJudgement.Pair::won);

        // then
        assertThat(all).as(judged.report()).isGreaterThanOrEqualTo(0.89);
        assertThat(matched).as(judged.report()).isGreaterThanOrEqualTo(0.89);
        assertThat(won).as(judged.report()).isGreaterThanOrEqualTo(0.94);
        assertThat(judged.meanMargin()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void should_never_cap_a_strong_answer_for_a_red_flag() {
        // then
        assertThat(judged.pairs()).allSatisfy(p -> assertThat(p.strong().caps())
                .as(p.triple().id()).noneSatisfy(c -> assertThat(c.evidence()).anyMatch(e -> e.startsWith("concern-"))));
    }

    @Test
    void should_cap_every_weak_answer_of_a_red_flag_failure_mode() {
        // then
        assertThat(judged.pairs()).filteredOn(p -> java.util.List.of("badmouthing", "blame", "fake-weakness", "no-questions", "dodge")
                        .contains(p.triple().failureMode()))
                .allSatisfy(p -> assertThat(p.weak().overall()).as(p.triple().id()).isLessThanOrEqualTo(2.0));
    }

    @Test
    void should_keep_the_surface_answers_that_still_score_above_two_and_a_half_few() {
        // then: the issue asks for none; the figure recorded today is the ceiling
        assertThat(judged.weakSurfaceAbove(2.5)).as(judged.report()).hasSizeLessThanOrEqualTo(1);
    }
}
