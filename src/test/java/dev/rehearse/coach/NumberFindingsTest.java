package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.NumberFinding;
import org.junit.jupiter.api.Test;

/** Which numbers the draft analysis reads as measures, and which it says lack a unit. */
class NumberFindingsTest {

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private static final String QUESTION = "Tell me about a time you improved a pipeline.";

    @Test
    void should_leave_numbers_inside_pasted_script_out_of_the_analysis() {
        // given
        String draft = "<script>window.__x=1</script>I rebuilt the nightly load and cut failures by 40%.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, draft);

        // then
        assertThat(a.evidence().numbers()).extracting(n -> n.span().text()).containsExactly("40%");
        assertThat(a.markup()).extracting(f -> f.span().text()).containsExactly("<script>window.__x=1</script>");
    }

    @Test
    void should_give_the_first_number_of_a_range_the_unit_of_the_second() {
        // given
        String draft = "Failures went from 40 to 2 failures a week, and the backfill took 3–5 days instead of 10-12 days.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, draft);

        // then
        assertThat(a.evidence().numbers()).extracting(NumberFinding::value).containsExactly("40", "2", "3", "5", "10", "12");
        assertThat(a.evidence().numbers()).extracting(NumberFinding::unit)
                .containsExactly("failures", "failures", "days", "days", "days", "days");
        assertThat(a.evidence().numbers()).allSatisfy(n -> assertThat(n.message()).doesNotContain("without a unit"));
    }

    @Test
    void should_read_the_noun_after_a_numeral_as_what_it_counts_but_not_a_function_word() {
        // given
        String draft = "I onboarded 12 engineers. Only 3 of them had used dbt before.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, draft);

        // then
        assertThat(a.evidence().numbers()).extracting(n -> n.span().text()).containsExactly("12 engineers", "3");
        assertThat(a.evidence().numbers()).extracting(NumberFinding::quantity).containsExactly(true, false);
        assertThat(a.evidence().numbers().get(1).message()).contains("without a unit");
    }

    @Test
    void should_keep_a_run_of_unclosed_script_tags_fast_and_masked() {
        // given
        String draft = "<script>".repeat(5_000) + " I cut 4 jobs.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, draft);

        // then
        assertThat(a.evidence().numbers()).extracting(n -> n.span().text()).containsExactly("4 jobs");
    }
}
