package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.ScoreReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name is the candidate's own work only in a clause where the candidate is the "I". */
class OwnWorkTest {

    @Test
    void should_not_credit_a_name_whose_clause_has_no_i_although_another_clause_has_one() {
        // given
        String sentence = "Honestly, Acme is one of the most exciting companies in Europe right now and I've been following you for a while.";

        // when
        boolean europe = OwnWork.inOwnClause(sentence, sentence.indexOf("Europe"));

        // then
        assertThat(europe).isFalse();
    }

    @Test
    void should_credit_a_name_in_the_candidates_own_clause_before_or_after_it() {
        // given
        String before = "At GoPuff, I rebuilt the nightly orders load.";
        String after = "The old job kept failing, so I split the PayPal extract into daily runs.";
        String because = "I chose dbt over a streaming rewrite, because nobody could run Kafka.";

        // when / then
        assertThat(OwnWork.inOwnClause(before, before.indexOf("GoPuff"))).isTrue();
        assertThat(OwnWork.inOwnClause(after, after.indexOf("PayPal"))).isTrue();
        assertThat(OwnWork.inOwnClause(because, because.indexOf("Kafka"))).isTrue();
    }

    @Test
    void should_not_credit_a_name_before_an_i_that_starts_its_own_clause() {
        // given
        String sentence = "Snowflake is popular; I read about it last year.";

        // when / then
        assertThat(OwnWork.inOwnClause(sentence, 0)).isFalse();
    }

    private static List<String> substance(String draft) {
        return new DraftAnalyzer().analyze("How would you build out our data foundation?", draft).scores().dimensions().stream()
                .filter(d -> d.dimension() == Dimension.SUBSTANCE).findFirst().orElseThrow()
                .reasons().stream().filter(r -> r.points() != 0).map(ScoreReason::reason).toList();
    }

    @Test
    void should_treat_two_tools_in_one_sentence_as_a_list_when_it_gives_no_reason_for_them() {
        // given
        String draft = "I'd add Kafka for streaming where needed and use Terraform for the infrastructure.";

        // when
        List<String> reasons = substance(draft);

        // then
        assertThat(reasons).noneMatch(r -> r.startsWith("Says what you did with named systems"));
        assertThat(reasons).anyMatch(r -> r.startsWith("A list of tools is not evidence"));
    }

    @Test
    void should_credit_two_tools_in_one_sentence_when_it_says_why_they_were_used() {
        // given
        String draft = "I'd land the files with Kafka instead of Terraform scripts, because a replayed event is then a no-op.";

        // when
        List<String> reasons = substance(draft);

        // then
        assertThat(reasons).anyMatch(r -> r.startsWith("Says what you did with named systems (Kafka"));
    }

    @Test
    void should_not_credit_a_chat_tool_or_a_spoken_language_as_a_system_the_candidate_worked_with() {
        // given
        String channel = "I keep everyone posted on Slack and I'm quick to answer on Zoom calls.";
        String language = "Outside work I've started learning Spanish, and I run a book club.";
        String system = "I moved the nightly orders load to Airflow, so a failed day can be re-run alone.";

        // when / then
        assertThat(substance(channel)).noneMatch(r -> r.startsWith("Says what you did with named systems"));
        assertThat(substance(language)).noneMatch(r -> r.startsWith("Says what you did with named systems"));
        assertThat(substance(system)).anyMatch(r -> r.startsWith("Says what you did with named systems (Airflow"));
    }
    @Test
    void should_not_credit_the_apps_the_candidate_organises_work_in_but_count_a_list_of_them() {
        // given
        String one = "I plan each week on a board in Trello and keep my notes in Obsidian, so I always know what comes next.";
        String list = "I track tickets in Jira, Linear or Asana, write things up in Notion or Confluence, and sketch in Miro.";

        // when / then
        assertThat(substance(one)).noneMatch(r -> r.startsWith("Says what you did with named systems"));
        assertThat(substance(list)).noneMatch(r -> r.startsWith("Says what you did with named systems"))
                .anyMatch(r -> r.startsWith("A list of tools is not evidence"));
    }

    @Test
    void should_credit_no_tool_when_the_draft_is_mostly_a_shopping_list_but_credit_one_beside_a_short_list() {
        // given
        String lists = "I'd learn the orchestration, Airflow, Dagster or Prefect, and the warehouse, Snowflake, BigQuery or Databricks. "
                + "Then the monitoring, Datadog, Grafana or Great Expectations. I'd also get familiar with Terraform.";
        String shortList = "We ran Airflow, Snowflake, BigQuery and Databricks side by side. "
                + "I moved the nightly orders load to Terraform-managed jobs, so a failed day can be re-run alone.";

        // when
        List<String> shopping = substance(lists);
        List<String> worked = substance(shortList);

        // then
        assertThat(shopping).noneMatch(r -> r.startsWith("Says what you did with named systems"));
        assertThat(shopping).anyMatch(r -> r.startsWith("A list of tools is not evidence"));
        assertThat(worked).anyMatch(r -> r.startsWith("Says what you did with named systems (Terraform"));
    }

    @Test
    void should_neither_list_nor_credit_the_systems_of_a_sentence_that_reports_what_was_read_about_the_company() {
        // given
        String read = "From what I read, their platform runs on AWS, with Snowflake and Kafka behind the connectors.";
        String claimed = "The platform runs on AWS, with Snowflake and Kafka behind the connectors.";

        // when
        List<String> reported = substance(read);
        List<String> listedAsOwn = substance(claimed);

        // then
        assertThat(reported).noneMatch(r -> r.startsWith("A list of tools is not evidence"));
        assertThat(reported).noneMatch(r -> r.startsWith("Says what you did with named systems"));
        assertThat(listedAsOwn).as("the same names with no source named").anyMatch(r -> r.startsWith("A list of tools is not evidence"));
    }

    @Test
    void should_cap_an_answer_that_is_a_shopping_list_but_not_one_that_says_what_a_tool_was_used_for() {
        // given
        String question = "How would you make a data pipeline observable?";
        String lists = "I'd use a modern observability stack. For orchestration I'd go with Airflow or Dagster, and for quality "
                + "Great Expectations, Soda and Monte Carlo. Logs would go to Datadog or Grafana, metrics to Prometheus, traces "
                + "through OpenTelemetry. Alerts would be routed via PagerDuty into Slack. I'd add a catalog like DataHub or Atlan "
                + "so everything is discoverable, and with that combination the team would know the health of the platform.";
        String used = "Each run writes a record of rows read and written. I moved our nightly orders load to Airflow, so a "
                + "failed day can be re-run alone and the run record shows which day it was. Checks on the output catch an "
                + "empty day before anyone reads the report, and alerts go to one place, only for things someone must act on.";

        // when
        List<String> listCaps = caps(question, lists);
        List<String> usedCaps = caps(question, used);

        // then
        assertThat(listCaps).anyMatch(r -> r.startsWith("Overall capped at 2.5: a shopping list of tools"));
        assertThat(usedCaps).noneMatch(r -> r.startsWith("Overall capped at 2.5: a shopping list of tools"));
    }

    private static List<String> caps(String question, String draft) {
        return new DraftAnalyzer().analyze(question, draft).scores().caps().stream().map(ScoreReason::reason).toList();
    }
}
