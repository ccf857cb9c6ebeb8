package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.NumberCheck;
import dev.rehearse.coach.report.NumberCheck.Support;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.judgement.JudgedTriple;
import dev.rehearse.judgement.JudgementSet;
import dev.rehearse.text.NumberMention;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which numbers the draft analysis reads as measures, and which it says lack a unit; and each number of the draft
 * against the bundled notes: backed there with the line, or not in the notes, or the company's figure.
 */
class NumberFindingsTest {

    private static final String NOTES = "candidate/theydo-data-engineer-notes.txt";
    private static final String PAYPAL = "Can you walk me through a data pipeline you rebuilt?";

    private final DraftAnalyzer analyzer = new DraftAnalyzer();
    /** Built once for the class: the bundled knowledge's claims and an analyzer with its names. */
    private static NotesNumbers knowledge;
    private static DraftAnalyzer withNames;

    private static synchronized List<NumberCheck> checked(String question, String draft) {
        if (knowledge == null) {
            knowledge = NotesNumbers.of(CoachFixtures.knowledge());
            withNames = CoachFixtures.analyzer();
        }
        DraftAnalysis a = withNames.analyze(question, draft);
        DraftText text = DraftText.of(draft, CoachRules.shared().abbreviations);
        return knowledge.check(text, a.evidence().numbers(), "TheyDo");
    }

    private static final String QUESTION = "Tell me about a time you improved a pipeline.";

    @Test
    void should_read_a_number_after_a_label_as_a_name_not_a_measure_when_a_counted_noun_follows() {
        // given
        String labelled = "A type 2 dimension keeps every version, and at step 3 I load the changed rows.";
        String counted = "The old load kept 2 versions and failed 3 nights a week.";

        // when
        List<NumberFinding> labels = analyzer.analyze(QUESTION, labelled).evidence().numbers();
        List<NumberFinding> measures = analyzer.analyze(QUESTION, counted).evidence().numbers();

        // then
        assertThat(labels).hasSize(2).allSatisfy(n -> {
            assertThat(n.quantity()).isFalse();
            assertThat(n.message()).startsWith("A label (");
        });
        assertThat(labels.get(0).message()).contains("type 2");
        assertThat(measures).hasSize(2).allSatisfy(n -> assertThat(n.quantity()).isTrue());
    }

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

    @Test
    void should_back_the_notes_own_paypal_figure_with_the_line_that_states_it() {
        // given: the PayPal story of the bundled notes, retold
        String draft = "At PayPal the API only allowed one day per call, so I split the weekly load into two pipelines.";

        // when
        List<NumberCheck> checks = checked(PAYPAL, draft);

        // then
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.span().text()).isEqualTo("two pipelines");
            assertThat(c.support()).isEqualTo(Support.IN_NOTES);
            assertThat(c.citation()).isEqualTo(NOTES + ":73");
            assertThat(c.quote()).contains("I redesigned the system into two pipelines");
            assertThat(c.message()).startsWith("In your notes: \"When I reviewed the API constraints");
            assertThat(c.passage().source()).isEqualTo(NOTES);
        });
    }

    @Test
    void should_back_a_plan_over_the_notes_first_six_months_with_the_notes_line() {
        // given: the notes answer "By six months, I'd expect …" under "… your first six months here?"
        String draft = "In my first 6 months I would take ownership of one initiative and learn the data model.";

        // when
        List<NumberCheck> checks = checked("What would success look like in your first six months?", draft);

        // then
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.span().text()).isEqualTo("6 months");
            assertThat(c.support()).isEqualTo(Support.IN_NOTES);
            assertThat(c.citation()).matches(NOTES.replace(".", "\\.") + ":5[24]");
        });
    }

    @Test
    void should_say_an_invented_figure_is_not_in_the_notes() {
        // given
        String draft = "I rebuilt the PayPal pipeline and saved $4.7M in the first quarter, with 14 fewer incidents.";

        // when
        List<NumberCheck> checks = checked(PAYPAL, draft);

        // then
        assertThat(checks).extracting(c -> c.span().text()).containsExactly("$4.7M", "14");
        assertThat(checks).allSatisfy(c -> {
            assertThat(c.support()).isEqualTo(Support.NOT_IN_NOTES);
            assertThat(c.message()).isEqualTo("Not in your notes: be ready to back it.");
            assertThat(c.passage()).isNull();
            assertThat(c.citation()).isEmpty();
        });
    }

    @Test
    void should_call_the_research_figure_the_companys_when_the_draft_claims_it() {
        // given: "a 36% efficiency lift" is TheyDo's marketing claim in the research, not the candidate's result
        String draft = "At PayPal I delivered a 36% efficiency lift for the reporting team.";

        // when
        List<NumberCheck> checks = checked(PAYPAL, draft);

        // then
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.support()).isEqualTo(Support.COMPANY_FIGURE);
            assertThat(c.message()).startsWith("This is TheyDo's figure, not yours:");
            assertThat(c.citation()).startsWith("company/");
            assertThat(c.quote()).contains("36% efficiency lift");
        });
    }

    @Test
    void should_cite_the_research_for_a_figure_the_draft_says_of_the_company() {
        // given
        String draft = "TheyDo reserves 70% of the engineering week for focus time, which suits how I work.";

        // when
        List<NumberCheck> checks = checked("Why TheyDo?", draft);

        // then
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.support()).isEqualTo(Support.COMPANY_FACT);
            assertThat(c.quote()).startsWith("- TheyDo reserves 70% of the engineering week");
        });
    }

    @Test
    void should_not_back_a_duration_with_the_same_number_in_another_unit() {
        // given: the notes say "six months", never "six weeks"
        String draft = "In my first six weeks I would take ownership of one initiative and learn the data model.";

        // when
        List<NumberCheck> checks = checked("What would success look like in your first six months?", draft);

        // then
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.span().text()).isEqualTo("six weeks");
            assertThat(c.support()).isEqualTo(Support.NOT_IN_NOTES);
        });
    }

    @Test
    void should_check_a_range_once_and_leave_out_years_and_pasted_markup() {
        // given
        String draft = "<span data-x=\"99\">In 2021</span> the backfill took 3-5 days, and failures went from 40 to 2 failures a week.";

        // when
        List<NumberCheck> checks = checked(PAYPAL, draft);

        // then
        assertThat(checks).extracting(c -> c.span().text()).containsExactly("3-5 days", "40 to 2 failures");
        assertThat(checks).extracting(NumberCheck::id).containsExactly("number-check-1", "number-check-2");
    }

    @Test
    void should_check_only_the_first_sixty_numbers_of_a_pasted_column_of_numbers() {
        // given: 2,000 counts, which no spoken answer holds
        String draft = "I ran these jobs: " + "12 jobs, ".repeat(2_000);

        // when
        List<NumberCheck> checks = checked(PAYPAL, draft);

        // then
        assertThat(checks).hasSize(60);
        assertThat(checks.get(59).span().start()).isEqualTo(draft.indexOf("12 jobs") + 59 * "12 jobs, ".length());
    }

    @Test
    void should_check_every_number_of_the_strong_answers_and_quote_a_line_holding_it_when_backed() {
        // given
        List<JudgedTriple> triples = JudgementSet.triples();
        Map<Support, Integer> tally = new EnumMap<>(Support.class);
        int numbers = 0;

        // when
        for (JudgedTriple t : triples) {
            for (NumberCheck c : checked(t.question(), t.strong())) {
                numbers++;
                tally.merge(c.support(), 1, Integer::sum);
                // then: a backed number quotes a line that states it
                if (c.support() != Support.NOT_IN_NOTES) {
                    BigDecimal value = NumberMention.findAll(c.span().text()).get(0).value();
                    assertThat(NumberMention.findAll(c.quote())).as(t.id() + " " + c.span().text() + " in " + c.quote())
                            .anyMatch(m -> m.value().compareTo(value) == 0);
                }
            }
        }

        // then
        System.out.printf(Locale.ROOT, "numbers in %d strong answers: %d; in your notes %d, not in your notes %d,"
                + " the company's figure %d, a company fact from the research %d%n", triples.size(), numbers,
                tally.getOrDefault(Support.IN_NOTES, 0), tally.getOrDefault(Support.NOT_IN_NOTES, 0),
                tally.getOrDefault(Support.COMPANY_FIGURE, 0), tally.getOrDefault(Support.COMPANY_FACT, 0));
        assertThat(numbers).isPositive();
        assertThat(tally.getOrDefault(Support.COMPANY_FIGURE, 0)).as("strong answers claim no research figure as their own").isZero();
    }
    @Test
    void should_not_count_a_first_months_plans_time_frame_as_a_measure() {
        // given: a plan whose only figures are its milestones, and one with a measure of the candidate's own
        String frames = "In the first 30 days I'd meet the team. From day 30 to day 60 I'd pick up tickets, and by 90 days I'd own a project.";
        String measured = "In the first 30 days I'd read the loads; the one I fixed last year failed 3 times a month.";

        // when
        DraftAnalysis plan = analyzer.analyze("What would your first three months look like?", frames);
        DraftAnalysis own = analyzer.analyze("What would your first three months look like?", measured);
        DraftAnalysis story = analyzer.analyze(QUESTION, frames);

        // then: the milestones say when, not what; the same figures in a story are its measures
        assertThat(plan.evidence().numbers()).isNotEmpty();
        assertThat(plan.evidence().quantities()).isEmpty();
        assertThat(plan.evidence().numbers()).filteredOn(n -> !n.unit().isEmpty()).isNotEmpty()
                .allSatisfy(n -> assertThat(n.message()).startsWith("The plan's time frame"));
        assertThat(own.evidence().quantities()).extracting(n -> n.span().text()).containsExactly("3 times");
        assertThat(story.evidence().quantities()).isNotEmpty();
    }
}
