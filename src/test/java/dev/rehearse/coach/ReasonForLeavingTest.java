package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.PartReport;
import dev.rehearse.coach.report.ScoreReason;
import org.junit.jupiter.api.Test;

/**
 * A reason for leaving is judged by its own framework: the role the candidate is in, told fairly (what it gives and
 * what it does not), what they want next, and why this role is where that happens. An answer that speaks of neither
 * the current role nor the next step answers another question, and is kept at 3.0 however well it is told.
 */
class ReasonForLeavingTest {

    private static final String QUESTION = "What has made you start looking around this year?";
    /** Fair about the current role, clear about what comes next, tied to the role. */
    private static final String FAIR = "Mostly the kind of work ahead of me. In my current role I run the ingestion pipelines for "
            + "finance, and I've learned a great deal keeping them reliable, but the modelling decisions are made by another team "
            + "before the work reaches me. What I want next is to own those decisions, and to do it where the data feeds a product "
            + "rather than a monthly report. That's why this role stood out: the data foundation here is still being designed.";
    /**
     * Answers "why this company?" instead: the product, its customers and its way of working, told with a figure, a
     * name and a contrast that earn points elsewhere, and nothing of why the candidate is moving.
     */
    private static final String PITCH = "Honestly, what changed is that I found TheyDo. I've used journey maps before, and I like "
            + "that the platform keeps customer journeys in one structured place instead of slides, so large enterprises can see "
            + "where customers struggle and tie it to revenue. You work fully remote with 70% of the week kept for focus, which "
            + "suits how I have worked since GoPuff. I'm also excited by Journey AI sitting on top of that structured data. It "
            + "felt like the right company at the right time.";
    /** Answers "why hire you?" instead: what the candidate would bring, with the current job only as a boast. */
    private static final String BRING = "I'm looking for a role where I can bring everything I've built up. I own pipelines end to "
            + "end today, from the source systems to the tables finance reports from, and I rebuilt the payments load so it runs "
            + "daily and reconciles with the statement. I'm comfortable working remotely and owning things without being chased. "
            + "I think that's exactly what a team like TheyDo's needs, and I'd be productive quickly.";

    private final DraftAnalyzer analyzer = CoachFixtures.analyzer();

    @Test
    void should_read_the_current_role_the_next_step_and_the_tie_in_a_fair_answer() {
        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, FAIR);

        // then
        assertThat(a.structure().framework()).isEqualTo("current-next-tie");
        assertThat(a.structure().parts()).filteredOn(PartReport::present).extracting(PartReport::part)
                .containsExactly("current", "next", "tie");
        assertThat(a.structure().gaps()).isEmpty();
        assertThat(a.scores().caps()).isEmpty();
    }

    @Test
    void should_cap_an_answer_about_the_new_company_that_gives_no_reason_of_its_own_for_moving() {
        // when
        DraftAnalysis pitch = analyzer.analyze(QUESTION, PITCH);
        DraftAnalysis fair = analyzer.analyze(QUESTION, FAIR);

        // then
        assertThat(pitch.structure().part("tie").present()).isTrue();
        assertThat(pitch.structure().gaps()).extracting(Gap::part).contains("current", "next");
        assertThat(pitch.scores().overall()).isLessThanOrEqualTo(3.0);
        assertThat(pitch.scores().caps()).extracting(ScoreReason::reason)
                .anyMatch(r -> r.startsWith("Overall capped at 3.0: no reason of your own for moving"));
        assertThat(fair.scores().overall()).isGreaterThanOrEqualTo(pitch.scores().overall() + 0.3);
    }

    @Test
    void should_not_cap_an_answer_about_the_candidate_that_the_cue_words_miss() {
        // given: the role and the wish told in words no cue lists, and nothing about the new company
        String unusual = "The warehouse took three years to make dependable, and now it is. Twelve more months would be spent polishing "
                + "it. The part of the job that kept me up at night, the design, happened early on. I miss that, and a younger "
                + "platform would bring it back.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, unusual);
        DraftAnalysis pitch = analyzer.analyze(QUESTION, PITCH);

        // then: both escape the parts, but only the pitch is spent on the new company
        assertThat(a.structure().part("current").present() || a.structure().part("next").present()).isFalse();
        assertThat(OverallCaps.aboutTheNewCompanyInstead(a.structure(), a.relevance())).isFalse();
        assertThat(OverallCaps.aboutTheNewCompanyInstead(pitch.structure(), pitch.relevance())).isTrue();
    }

    @Test
    void should_not_take_a_boast_about_the_current_job_for_what_it_lacks() {
        // when
        DraftAnalysis bring = analyzer.analyze(QUESTION, BRING);
        DraftAnalysis fair = analyzer.analyze(QUESTION, FAIR);

        // then: "I own pipelines end to end today" places the answer in the current job, but says nothing it lacks
        assertThat(bring.structure().part("current").present()).isFalse();
        assertThat(bring.structure().gaps()).extracting(Gap::part).contains("current");
        assertThat(fair.scores().overall()).isGreaterThanOrEqualTo(bring.scores().overall() + 0.3);
    }

    @Test
    void should_ground_the_answer_in_the_current_role_for_substance_and_credibility() {
        // when
        DraftAnalysis fair = analyzer.analyze(QUESTION, FAIR);
        DraftAnalysis bring = analyzer.analyze(QUESTION, BRING);

        // then
        assertThat(reasons(fair)).contains("Draws on your own work");
        assertThat(reasons(bring)).doesNotContain("Draws on your own work").contains("Nothing from your own work backs it");
    }

    @Test
    void should_open_on_the_reason_not_on_the_new_company() {
        // given
        String companyFirst = "TheyDo is building something I would be proud to join. " + FAIR.substring(FAIR.indexOf("In my current role"));

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, companyFirst);

        // then
        assertThat(a.structure().headlineFirst()).isFalse();
        assertThat(analyzer.analyze(QUESTION, FAIR).structure().headlineFirst()).isTrue();
    }

    private static java.util.List<String> reasons(DraftAnalysis a) {
        return a.scores().dimensions().stream().flatMap(d -> d.reasons().stream()).map(ScoreReason::reason).toList();
    }
}
