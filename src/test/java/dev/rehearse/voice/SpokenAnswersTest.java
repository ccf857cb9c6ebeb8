package dev.rehearse.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measured figures the critique of a spoken draft looks up: kept by a random id, the oldest dropped first. */
class SpokenAnswersTest {

    private static DeliveryFigures figures(String text) {
        return new DeliveryFigures(text, 1_000L, 60, Verdict.BELOW, Verdict.BELOW, List.of(), List.of(), 0, null);
    }

    @Test
    void should_find_the_figures_by_their_id_and_nothing_by_another() {
        // given
        SpokenAnswers answers = new SpokenAnswers();

        // when
        String id = answers.keep(figures("one"));

        // then
        assertThat(answers.find(id)).contains(figures("one"));
        assertThat(answers.find("not-an-id")).isEmpty();
        assertThat(answers.find(null)).isEmpty();
    }

    @Test
    void should_drop_the_oldest_when_more_than_its_capacity_are_kept() {
        // given
        SpokenAnswers answers = new SpokenAnswers();
        List<String> ids = new ArrayList<>();

        // when
        for (int i = 0; i <= SpokenAnswers.CAPACITY; i++) {
            ids.add(answers.keep(figures("answer " + i)));
        }

        // then
        assertThat(answers.find(ids.get(0))).isEmpty();
        assertThat(answers.find(ids.get(1))).contains(figures("answer 1"));
        assertThat(answers.find(ids.get(SpokenAnswers.CAPACITY))).contains(figures("answer " + SpokenAnswers.CAPACITY));
    }
}
