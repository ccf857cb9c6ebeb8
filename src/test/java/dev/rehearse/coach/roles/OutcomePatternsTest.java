package dev.rehearse.coach.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomePatternsTest {

    private final OutcomePatterns patterns = OutcomePatterns.shared();

    @ParameterizedTest
    @ValueSource(strings = {
            "Three failed runs a month went to none in the following quarter.",
            "Late loads dropped from about three a month to zero.",
            "The job hasn't failed since.",
            "Nobody has had to rebuild the table by hand again.",
            "Support tickets about the export came down to two a quarter.",
            "Manual fixes are down to zero.",
            "The weekly reconciliation went from two days to twenty minutes.",
            "The old spreadsheet is no longer needed.",
            "It has not broken once since the release.",
            "The dashboards have agreed ever since."})
    void should_see_an_outcome_when_a_result_is_stated_without_a_result_word(String sentence) {
        // when
        List<OutcomePatterns.Outcome> found = patterns.find(sentence);

        // then
        assertThat(found).as(sentence).isNotEmpty();
        assertThat(found).allSatisfy(o -> assertThat(o.end()).isGreaterThan(o.start()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Finance needed one consolidated week of PayPal transactions.",
            "I split the pipeline into a daily ingestion job and a weekly aggregation.",
            "I went to the finance lead to ask what the report was for.",
            "My job was to find out why the totals never matched."})
    void should_see_no_outcome_when_the_sentence_only_sets_the_scene_or_acts(String sentence) {
        // when
        List<OutcomePatterns.Outcome> found = patterns.find(sentence);

        // then
        assertThat(found).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dropped from about three a month to zero", "went from 40 minutes to 5"})
    void should_call_a_before_and_after_pair_a_change(String phrase) {
        // given
        String sentence = "Failed loads " + phrase + " after the split.";

        // when
        List<OutcomePatterns.Outcome> found = patterns.find(sentence);

        // then
        assertThat(found).extracting(OutcomePatterns.Outcome::form).contains("change");
        OutcomePatterns.Outcome change = found.stream().filter(o -> o.form().equals("change")).findFirst().orElseThrow();
        assertThat(sentence.substring(change.start(), change.end())).contains("to");
    }
}
