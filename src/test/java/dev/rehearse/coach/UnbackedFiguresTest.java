package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.ScoreReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Results told in figures the candidate's notes do not state: two or more make a red flag that keeps the answer at
 * "solid" or below, and the figures earn nothing as evidence. Figures imagined for the job, the company's figures
 * passed on, a single figure, and any figure when the notes state none are not held against the draft.
 */
class UnbackedFiguresTest {

    private static final String STORY = "What's the piece of work you're proudest of?";
    /** A true story (the notes' PayPal rebuild) dressed in modest figures the notes never give. */
    private static final String DRESSED = "I'd pick the PayPal payments rebuild. The old weekly load only captured a single day, so I "
            + "split it into a daily ingestion job and a weekly aggregation. After that, failed runs went from about one in four to "
            + "under two a month, analysts' time on fixing reports fell by 80%, and the table now covers 99.6% of transactions.";

    private final DraftAnalyzer withNotes = CoachFixtures.analyzer();

    @Test
    void should_cap_the_answer_and_credit_no_figure_when_two_reported_results_are_not_in_the_notes() {
        // when
        DraftAnalysis a = withNotes.analyze(STORY, DRESSED);

        // then
        Concern c = concern(a);
        assertThat(c.redFlag()).isTrue();
        assertThat(c.spans()).extracting(s -> s.text()).contains("80%", "99.6%");
        assertThat(c.message()).contains("\"80%\"").contains("how you measured");
        assertThat(a.scores().overall()).isLessThanOrEqualTo(3.0);
        assertThat(a.scores().caps()).extracting(ScoreReason::reason).anyMatch(t -> t.startsWith("Overall capped at 3.0: Figures your notes"));
        assertThat(credited(a)).doesNotContain("80%", "99.6%");
        assertThat(reasons(a, Dimension.SUBSTANCE)).noneMatch(t -> t.startsWith("Shows a change") || t.startsWith("Several measures"));
        // the report still shows every number: only the credit goes
        assertThat(a.evidence().numbers()).extracting(n -> n.span().text()).contains("80%", "99.6%");
    }

    @Test
    void should_credit_the_same_story_in_full_once_the_notes_state_its_figures() {
        // given
        DraftAnalyzer noted = CoachFixtures.analyzerWithStoryNotes();

        // when
        DraftAnalysis unnoted = withNotes.analyze(GoldenDraftsTest.PIPELINE_QUESTION, GoldenDraftsTest.STRONG_STORY);
        DraftAnalysis backed = noted.analyze(GoldenDraftsTest.PIPELINE_QUESTION, GoldenDraftsTest.STRONG_STORY);

        // then
        assertThat(concern(unnoted).spans()).extracting(s -> s.text()).contains("70%", "30%");
        assertThat(unnoted.scores().overall()).isLessThanOrEqualTo(3.0);
        assertThat(backed.concerns()).extracting(Concern::rule).doesNotContain(UnbackedFigures.RULE);
        assertThat(credited(backed)).contains("70%");
        assertThat(backed.scores().overall()).isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void should_hold_nothing_against_the_figures_when_the_knowledge_states_no_figure_to_check_them_against() {
        // when
        DraftAnalysis a = new DraftAnalyzer().analyze(STORY, DRESSED);

        // then
        assertThat(a.concerns()).extracting(Concern::rule).doesNotContain(UnbackedFigures.RULE);
        assertThat(reasons(a, Dimension.SUBSTANCE)).anyMatch(t -> t.startsWith("Gives numbers"));
    }

    @Test
    void should_not_flag_figures_imagined_for_the_job() {
        // given
        String plan = "In the first month I'd set an alert for any load more than 30 minutes late, and I'd aim to cut failed runs by "
                + "half and keep 99% of daily loads on time by the end of the quarter.";

        // when
        DraftAnalysis a = withNotes.analyze("What would you focus on in your first three months?", plan);

        // then
        assertThat(a.concerns()).extracting(Concern::rule).doesNotContain(UnbackedFigures.RULE);
    }

    @Test
    void should_not_flag_the_company_figures_passed_on_from_the_research() {
        // given
        String research = "From what I read, TheyDo's customers saved 4,000 hours and cut the cost to serve by 36%, which is why the "
                + "data under those claims has to be right.";

        // when
        DraftAnalysis a = withNotes.analyze("Why do you want to work here?", research);

        // then
        assertThat(a.concerns()).extracting(Concern::rule).doesNotContain(UnbackedFigures.RULE);
    }

    @Test
    void should_not_flag_figures_passed_on_from_reading_when_the_sentence_does_not_name_the_company() {
        // given
        String read = "From what I read, an opportunity's value went from 0 to 100 and its effort from 0 to 5 in the last redesign. "
                + "I'd keep both inputs in the history rather than the computed value.";

        // when
        DraftAnalysis a = withNotes.analyze("How would you model opportunity scores over time?", read);

        // then
        assertThat(a.concerns()).extracting(Concern::rule).doesNotContain(UnbackedFigures.RULE);
    }

    @Test
    void should_flag_results_reported_in_a_clause_of_their_own_after_a_plan() {
        // given: the sentence opens with a plan, but the clause holding the figures reports what was done
        String mixed = "I'd build on what worked in my current role, where I brought detection time down from four hours to "
                + "fifteen minutes and cut false alerts by 80%.";

        // when
        DraftAnalysis a = withNotes.analyze("How would you monitor the pipelines that feed customer metrics?", mixed);

        // then
        assertThat(concern(a).spans()).extracting(s -> s.text()).contains("80%");
    }

    @Test
    void should_leave_a_single_unbacked_figure_to_the_grounding_note_rather_than_a_flag() {
        // given
        String one = "I rebuilt the PayPal payments load as daily extracts and a weekly aggregation, and failed runs fell by 80%.";

        // when
        DraftAnalysis a = withNotes.analyze(STORY, one);

        // then
        assertThat(a.concerns()).extracting(Concern::rule).doesNotContain(UnbackedFigures.RULE);
    }

    private static Concern concern(DraftAnalysis a) {
        return a.concerns().stream().filter(c -> c.rule().equals(UnbackedFigures.RULE)).findFirst()
                .orElseThrow(() -> new AssertionError("no unbacked-figures concern in " + a.concerns()));
    }

    /** The numbers the score credits as evidence, by what they say. */
    private static List<String> credited(DraftAnalysis a) {
        List<String> ids = a.scores().dimensions().stream().flatMap(d -> d.reasons().stream()).filter(r -> r.points() > 0)
                .flatMap(r -> r.evidence().stream()).toList();
        return a.evidence().numbers().stream().filter(n -> ids.contains(n.id())).map(n -> n.span().text()).toList();
    }

    private static List<String> reasons(DraftAnalysis a, Dimension d) {
        DimensionScore s = a.scores().dimensions().stream().filter(x -> x.dimension() == d).findFirst().orElseThrow();
        return s.reasons().stream().filter(r -> r.points() > 0).map(ScoreReason::reason).toList();
    }
}
