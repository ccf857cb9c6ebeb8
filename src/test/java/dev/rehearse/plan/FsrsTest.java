package dev.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rehearse.plan.Fsrs.Grade;
import dev.rehearse.plan.Fsrs.State;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against the published examples for py-fsrs 6's default parameters (the weights in {@link Fsrs#W}; no
 * fuzz). The same weights give the same examples in the reference's sibling implementations: ts-fsrs's
 * {@code FSRS-6.test.ts} (the interval history, the first review and the memory state) and fsrs-rs's
 * {@code inference.rs} (the memory state). The reference runs learning steps of minutes before a card's first interval
 * in days; a step is a review less than a day after the one before, which is what {@code elapsedDays = 0} is here.
 */
class FsrsTest {

    @Test
    void should_give_the_reference_intervals_exactly_when_reviewed_on_the_day_each_falls_due() {
        // given: Good×6, Again×2, Good×5, each review on the day the last one set; the reference's interval history,
        // where 0 is a step of minutes
        Grade[] grades = {Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.AGAIN,
            Grade.AGAIN, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD};
        // the reviews that end in a step (the first Good, both Agains) schedule minutes, not days
        boolean[] step = {true, false, false, false, false, false, true, true, false, false, false, false, false};

        // when
        List<Integer> intervals = new ArrayList<>();
        State s = Fsrs.first(grades[0]);
        intervals.add(0);
        for (int i = 1; i < grades.length; i++) {
            s = Fsrs.next(s, intervals.get(i - 1), grades[i]);
            intervals.add(step[i] ? 0 : Fsrs.intervalDays(s.stability()));
        }

        // then
        assertThat(intervals).containsExactly(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21);
    }

    @Test
    void should_give_the_reference_stability_and_difficulty_when_a_question_is_first_reviewed() {
        // when
        List<State> first = List.of(Fsrs.first(Grade.AGAIN), Fsrs.first(Grade.HARD), Fsrs.first(Grade.GOOD),
                Fsrs.first(Grade.EASY));

        // then: the reference's [0.212, 1.2931, 2.3065, 8.2956] and [6.4133, 5.11217071, 2.11810397, 1]
        assertThat(first).extracting(State::stability).containsExactly(0.212, 1.2931, 2.3065, 8.2956);
        assertThat(first.get(0).difficulty()).isCloseTo(6.4133, within(1e-8));
        assertThat(first.get(1).difficulty()).isCloseTo(5.11217071, within(1e-8));
        assertThat(first.get(2).difficulty()).isCloseTo(2.11810397, within(1e-8));
        assertThat(first.get(3).difficulty()).isEqualTo(1.0);
    }

    @Test
    void should_give_the_reference_memory_state_when_again_is_followed_by_five_goods() {
        // given: Again, then Good after 0, 1, 3, 8 and 21 days
        long[] elapsed = {0, 1, 3, 8, 21};

        // when
        State s = Fsrs.first(Grade.AGAIN);
        for (long days : elapsed) {
            s = Fsrs.next(s, days, Grade.GOOD);
        }

        // then: the reference's S 53.62691 and D 6.3574867, which it checks to four decimals
        assertThat(s.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(s.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void should_round_an_interval_half_to_even_when_it_falls_exactly_between_two_days() {
        // given: stabilities whose interval is exactly 2.5 and 3.5 days (the interval equals the stability at 90%)

        // when / then: Python's round, which the reference uses, gives 2 and 4
        assertThat(Fsrs.intervalDays(2.5)).isEqualTo(2);
        assertThat(Fsrs.intervalDays(3.5)).isEqualTo(4);
    }

    @Test
    void should_give_recall_of_ninety_percent_when_the_elapsed_days_equal_the_stability() {
        // given
        double stability = 12.5;

        // when
        double r = Fsrs.retrievability(stability, stability);

        // then
        assertThat(r).isCloseTo(0.9, within(1e-9));
        assertThat(Fsrs.intervalDays(stability)).isEqualTo(12); // 12.5 days, rounded half to even
    }

    @Test
    void should_bring_a_question_back_sooner_when_its_grade_is_lower() {
        // given
        State learnt = Fsrs.next(Fsrs.first(Grade.GOOD), 3, Grade.GOOD);

        // when
        int afterAgain = Fsrs.intervalDays(Fsrs.next(learnt, 10, Grade.AGAIN).stability());
        int afterHard = Fsrs.intervalDays(Fsrs.next(learnt, 10, Grade.HARD).stability());
        int afterGood = Fsrs.intervalDays(Fsrs.next(learnt, 10, Grade.GOOD).stability());
        int afterEasy = Fsrs.intervalDays(Fsrs.next(learnt, 10, Grade.EASY).stability());

        // then
        assertThat(afterAgain).isLessThan(afterHard);
        assertThat(afterHard).isLessThan(afterGood);
        assertThat(afterGood).isLessThan(afterEasy);
    }
}
