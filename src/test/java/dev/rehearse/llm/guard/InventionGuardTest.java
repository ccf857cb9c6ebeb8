package dev.rehearse.llm.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.llm.reply.InventionFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventionGuardTest {

    private static final String NOTES;

    static {
        try {
            NOTES = Files.readString(Path.of("knowledge/candidate/theydo-data-engineer-notes.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String RESEARCH = """
            TheyDo is an Experience Context Platform. Named customers include Siemens, Cisco, IBM and PostNL.
            Platform-page stats: 4,000+ hours saved, 36% efficiency lift, 5x time to value.
            Metric connectors: Qualtrics, Medallia, Snowflake, Databricks, BigQuery and Amazon S3.
            Opportunity prioritization: Customer Value 0-100, Business Value 0-100, Effort 0-5.
            """;

    private static List<String> flagged(String text, String... sources) {
        InventionGuard guard = new InventionGuard(SourceFacts.of(List.of(sources)));
        return guard.check("revisedAnswer", text).stream().map(InventionFlag::text).toList();
    }

    @Test
    void should_flag_a_percentage_and_a_company_that_appear_in_no_source() {
        // given
        InventionGuard guard = new InventionGuard(SourceFacts.of(List.of(NOTES, RESEARCH)));

        // when
        List<InventionFlag> flags = guard.check("revisedAnswer",
                "I rebuilt the PayPal ingestion pipeline, which cut failed loads by 40% and later became the model for Acme Payments.");

        // then
        assertThat(flags).extracting(InventionFlag::text).containsExactly("40%", "Acme Payments");
        assertThat(flags).extracting(InventionFlag::message)
                .containsExactly("not in your notes: \"40%\"", "not in your notes: \"Acme Payments\"");
        assertThat(flags).extracting(InventionFlag::kind)
                .containsExactly(InventionFlag.Kind.NUMBER, InventionFlag.Kind.NAME);
        assertThat(flags).extracting(InventionFlag::field).containsOnly("revisedAnswer");
    }

    @Test
    void should_not_flag_a_revision_that_only_reuses_the_notes_facts() {
        // given: the candidate's PayPal answer, rewritten headline first, with nothing added
        String revision = """
                I rebuilt the PayPal ingestion pipeline behind our weekly payments reporting. The API only allowed \
                single-day extraction, so I split the weekly monolithic load into two pipelines: a daily ingestion \
                pipeline that stores raw data, and a separate aggregation pipeline that consolidates the daily files \
                into a weekly output [2]. Separating ingestion from aggregation improved failure isolation and \
                simplified retries; the trade-off was more orchestration complexity. The result is a trusted payments \
                table covering different PayPal payment types, which improved confidence in payment-related KPIs. \
                [add how many reports now use the table]""";

        // when
        List<String> flags = flagged(revision, NOTES, RESEARCH);

        // then
        assertThat(flags).isEmpty();
    }

    @Test
    void should_match_percent_written_as_a_word_or_a_sign() {
        assertThat(flagged("Errors fell by 40 percent.", "errors fell 40%")).isEmpty();
        assertThat(flagged("Errors fell by 40%.", "errors fell by 40 per cent")).isEmpty();
        assertThat(flagged("Errors fell by 40%.", "we had 40 tables")).containsExactly("40%");
        assertThat(flagged("Errors fell by 45%.", "errors fell by 40%")).containsExactly("45%");
    }

    @Test
    void should_match_multiples_only_against_multiples() {
        assertThat(flagged("Queries ran 3x faster.", "queries ran three times faster")).isEmpty();
        assertThat(flagged("Queries ran 3 times faster.", "it ran 3x faster")).isEmpty();
        assertThat(flagged("Queries ran 3x faster.", "we had 3 pipelines")).containsExactly("3x");
        assertThat(flagged("a 5× time to value", RESEARCH)).isEmpty();
    }

    @Test
    void should_match_money_by_value_and_currency() {
        assertThat(flagged("It saved £2m a year.", "it saved £2 million a year")).isEmpty();
        assertThat(flagged("It saved £2m a year.", "it saved 2,000,000 a year")).isEmpty();
        assertThat(flagged("It saved £2m a year.", "it saved $2m a year")).containsExactly("£2m");
        assertThat(flagged("It saved £2.5m a year.", "it saved £2m a year")).containsExactly("£2.5m");
    }

    @Test
    void should_match_thousands_however_they_are_written() {
        assertThat(flagged("We served 2,000 partners.", "about 2000 partners")).isEmpty();
        assertThat(flagged("We served 2000 partners.", "about 2,000 partners")).isEmpty();
        assertThat(flagged("We served 2k partners.", "about 2,000 partners")).isEmpty();
        assertThat(flagged("It saved 4,000 hours.", RESEARCH)).isEmpty();
        assertThat(flagged("We served 3,000 partners.", "about 2,000 partners")).containsExactly("3,000");
    }

    @Test
    void should_match_spelled_out_numbers_against_digits() {
        assertThat(flagged("I split it into 2 pipelines.", NOTES)).isEmpty();
        assertThat(flagged("I led three teams.", NOTES)).containsExactly("led three teams", "three");
        assertThat(flagged("One of the pipelines failed.", "a pipeline failed")).isEmpty();
    }

    @Test
    void should_flag_years_and_dates_that_are_not_in_the_sources() {
        assertThat(flagged("I joined GoPuff in 2019.", NOTES, "first employee joined in 2019")).isEmpty();
        assertThat(flagged("I joined GoPuff in 2018.", NOTES)).containsExactly("2018");
        assertThat(flagged("We shipped it in October.", NOTES)).containsExactly("October");
    }

    @Test
    void should_flag_named_systems_in_any_case_when_missing() {
        assertThat(flagged("I moved the models to dbt and scheduled them in Airflow.", NOTES))
                .containsExactly("dbt", "Airflow");
        assertThat(flagged("The metrics come from Snowflake and BigQuery.", RESEARCH)).isEmpty();
        assertThat(flagged("The files land in S3, then Kafka picks them up.", RESEARCH)).containsExactly("Kafka");
    }

    @Test
    void should_treat_names_glued_to_digits_as_names() {
        assertThat(flagged("Delivered in Q4 from eu-west-1.", NOTES)).containsExactly("Q4", "eu-west-1");
        assertThat(flagged("The files land in S3.", RESEARCH)).isEmpty();
    }

    @Test
    void should_flag_a_multi_word_name_once() {
        assertThat(flagged("I built dashboards in Adobe Analytics for the team.", NOTES)).containsExactly("Adobe Analytics");
        assertThat(flagged("Its customers include Siemens and PostNL.", RESEARCH)).isEmpty();
    }

    @Test
    void should_accept_names_known_to_the_sources_including_possessives_and_plurals() {
        assertThat(flagged("TheyDo's platform ties journeys to outcomes.", NOTES)).isEmpty();
        assertThat(flagged("It improved the KPI my team owned.", NOTES)).isEmpty();
        assertThat(flagged("My first role at GoPuff was fully remote.", NOTES)).isEmpty();
    }

    @Test
    void should_not_take_ordinary_sentence_openers_for_names() {
        assertThat(flagged("Reduced failures in the pipeline. Working async suits me. Moreover, I own it. Honestly, it was hard.",
                NOTES)).isEmpty();
    }

    @Test
    void should_ignore_citation_markers_and_placeholders() {
        assertThat(flagged("As the notes say [3], the table is trusted [1, 2]. [add the 12 reports it feeds]", NOTES)).isEmpty();
    }

    @Test
    void should_give_the_same_flags_for_the_same_input() {
        String text = "It cut costs by 30% at Acme and moved everything to Kafka in 2017.";
        assertThat(flagged(text, NOTES)).isEqualTo(flagged(text, NOTES)).containsExactly("30%", "Acme", "Kafka", "2017");
    }

    @Test
    void should_layer_request_sources_over_the_knowledge() {
        // given: the draft mentions Looker, the notes do not
        SourceFacts knowledge = SourceFacts.of(List.of(NOTES));
        SourceFacts draft = SourceFacts.of(List.of("I built the reports in Looker."));

        // when
        List<InventionFlag> withDraft = new InventionGuard(knowledge.with(draft)).check("fix", "The Looker reports were trusted.");
        List<InventionFlag> withoutDraft = new InventionGuard(knowledge).check("fix", "The Looker reports were trusted.");

        // then
        assertThat(withDraft).isEmpty();
        assertThat(withoutDraft).extracting(InventionFlag::text).containsExactly("Looker");
    }

    @Test
    void should_flag_the_right_number_with_the_wrong_time_unit() {
        // given
        String notes = "By six months, I'd expect to own one initiative. The API only allowed a single day per call.";

        // when / then
        assertThat(flagged("By 6 months I'd own one initiative.", notes)).isEmpty();
        assertThat(flagged("By six weeks I'd own one initiative.", notes)).containsExactly("six");
        assertThat(flagged("The API only allowed a single week per call.", notes)).containsExactly("a single week");
        assertThat(flagged("It had been broken for over a year.", notes)).containsExactly("over a year");
    }

    @Test
    void should_flag_the_right_number_on_the_wrong_subject() {
        // given
        String notes = "I split the load into two pipelines: ingestion and aggregation.";

        // when / then
        assertThat(flagged("The two pipelines isolate failures of ingestion.", notes)).isEmpty();
        assertThat(flagged("I hired two analysts for the reporting team.", notes)).containsExactly("two");
    }

    @Test
    void should_not_let_a_research_figure_back_the_candidates_achievement() {
        // given
        SourceFacts sources = SourceFacts.of(List.of(NOTES)).with(SourceFacts.research(List.of(
                "TheyDo's platform page claims a 36% efficiency lift for customers.")));
        InventionGuard guard = new InventionGuard(sources);

        // when
        List<String> mine = guard.check("fix", "My pipeline gave finance a 36% efficiency lift.").stream().map(InventionFlag::text).toList();
        List<String> theirs = guard.check("fix", "TheyDo claims a 36% efficiency lift.").stream().map(InventionFlag::text).toList();

        // then
        assertThat(mine).containsExactly("36%");
        assertThat(theirs).isEmpty();
    }

    @Test
    void should_not_let_a_research_name_pass_as_the_candidates_tool() {
        // given
        SourceFacts sources = SourceFacts.of(List.of(NOTES)).with(SourceFacts.research(List.of(
                "TheyDo's metric connectors read from Snowflake and BigQuery.")));
        InventionGuard guard = new InventionGuard(sources);

        // when / then
        assertThat(guard.check("fix", "The payments table lives in Snowflake.")).extracting(InventionFlag::text)
                .containsExactly("Snowflake");
        assertThat(guard.check("fix", "TheyDo connects to Snowflake.")).isEmpty();
    }

    @Test
    void should_flag_a_known_name_presented_as_the_candidates_employer() {
        assertThat(flagged("My first role at GoPuff was fully remote.", NOTES)).isEmpty();
        assertThat(flagged("I worked at PayPal itself on the payments pipeline.", NOTES)).containsExactly("PayPal");
        assertThat(flagged("At TheyDo I'd take ownership of one initiative.", NOTES)).isEmpty();
    }

    @Test
    void should_flag_a_title_the_notes_never_give_the_candidate() {
        assertThat(flagged("As a data engineer, I own pipelines end-to-end.", NOTES)).isEmpty();
        assertThat(flagged("As the team's tech lead, I separated ingestion from aggregation.", NOTES))
                .containsExactly("tech lead");
        assertThat(flagged("I'm currently a Senior Data Engineer.", NOTES)).containsExactly("Senior Data Engineer");
    }

    @Test
    void should_flag_a_frequency_the_notes_do_not_give() {
        assertThat(flagged("A daily ingestion pipeline fed the weekly output.", NOTES)).isEmpty();
        assertThat(flagged("An hourly ingestion pipeline fed the weekly output.", NOTES)).containsExactly("hourly");
    }

    @Test
    void should_let_the_research_back_text_about_the_company() {
        // given
        SourceFacts sources = SourceFacts.of(List.of(NOTES)).with(SourceFacts.research(List.of(
                "TheyDo's metric connectors read from Snowflake and BigQuery. Engineers keep 70% of the week as focus time.")));
        InventionGuard guard = new InventionGuard(sources);

        // when
        List<InventionFlag> prepare = guard.checkAboutCompany("howToPrepare", "Read up on Snowflake; engineers keep 70% as focus time.");
        List<InventionFlag> mine = guard.check("revisedAnswer", "I kept 70% of my week as focus time in Snowflake.");

        // then
        assertThat(prepare).isEmpty();
        assertThat(mine).extracting(InventionFlag::text).containsExactly("70%", "Snowflake");
    }
}
