package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.ChangeFinding;
import dev.rehearse.coach.report.DraftAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change told in words: a figure for how things were, then the outcome, counts as a before → after. */
class OutcomeChangesTest {

    private static final String QUESTION = "Tell me about a time you improved a data pipeline.";
    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private List<ChangeFinding> outcomes(String draft) {
        DraftAnalysis a = analyzer.analyze(QUESTION, draft);
        return a.evidence().changes().stream().filter(c -> c.form().equals(OutcomeChanges.FORM)).toList();
    }

    @Test
    void should_read_a_problem_that_stopped_after_a_figure_as_a_change() {
        // given
        String draft = "Our nightly load failed about three times a month. I split the extract from the transform."
                + " It hasn't failed since.";

        // when
        List<ChangeFinding> found = outcomes(draft);

        // then
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.span().text()).isEqualTo("hasn't failed since");
            assertThat(c.before()).contains("three");
            assertThat(c.message()).startsWith("Before → after in words:");
        });
    }

    @Test
    void should_read_a_new_duration_after_the_old_one_as_a_change() {
        // given
        String draft = "Nightly loads took six hours. I moved them to incremental merges. Loads now take 40 minutes.";

        // when
        List<ChangeFinding> found = outcomes(draft);

        // then
        assertThat(found).singleElement().satisfies(c -> assertThat(c.span().text()).isEqualTo("now take 40 minutes"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Detection time came down from roughly four hours to under fifteen minutes. | from roughly four hours to under fifteen minutes",
            "Time spent on fixes went from around six hours a week to under one. | from around six hours a week to under one",
            "Refresh time fell from about 40 minutes to 5 minutes. | from about 40 minutes to 5 minutes"})
    void should_read_a_before_and_after_said_roughly_as_a_change(String draft, String change) {
        // when
        List<ChangeFinding> found = analyzer.analyze(QUESTION, draft).evidence().changes();

        // then
        assertThat(found).extracting(c -> c.span().text()).contains(change);
    }

    @Test
    void should_not_read_an_outcome_without_a_figure_before_it_as_a_measured_change() {
        // given
        String draft = "The load kept failing, so I split the extract from the transform. It hasn't failed since.";

        // when
        List<ChangeFinding> found = outcomes(draft);

        // then
        assertThat(found).isEmpty();
    }
}
