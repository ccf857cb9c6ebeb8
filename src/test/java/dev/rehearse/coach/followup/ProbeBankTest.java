package dev.rehearse.coach.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeBankTest {

    @Test
    void should_fire_a_probe_on_the_drafts_own_words_and_give_them_as_written() {
        // given
        String draft = "A bad Tuesday means re-running Tuesday, not the week. Finance trusts the table.";

        // when
        List<ProbeBank.Fired> fired = ProbeBank.bundled().fired(draft);

        // then: "re-running" fires the retry probe through the "rerun*" trigger, hyphen ignored
        assertThat(fired).filteredOn(f -> f.probe().topic().equals("retries")).singleElement().satisfies(f -> {
            assertThat(f.trigger()).isEqualTo("re-running");
            assertThat(draft.substring(f.start(), f.end())).isEqualTo("re-running");
        });
    }

    @Test
    void should_fire_each_domain_topic_the_issue_names_on_a_draft_that_mentions_it() {
        // given
        String draft = "I backfilled two years of history after a schema change upstream. Late rows and duplicates were "
                + "deduplicated, lineage told me who was downstream, quality checks ran in Airflow, transactions near midnight "
                + "were assigned by time zone, I kept stakeholders informed, and I had to reverse engineer the legacy loader.";

        // when
        List<String> topics = ProbeBank.bundled().fired(draft).stream().map(f -> f.probe().topic()).toList();

        // then
        assertThat(topics).contains("backfills", "schema-changes", "late-data", "lineage", "data-quality", "orchestration",
                "day-boundaries", "stakeholders", "reverse-engineering");
    }

    @Test
    void should_not_fire_on_a_draft_without_the_topics() {
        // when
        List<ProbeBank.Fired> fired = ProbeBank.bundled().fired("I enjoy working with people and I am very motivated.");

        // then
        assertThat(fired).isEmpty();
    }

    @Test
    void should_let_a_users_markdown_file_add_probes_and_replace_a_bundled_topic() {
        // given: prose and headings around two probe lines, as a user would write probes.md
        String userFile = """
                # My probes
                Interviewers at this company like to ask about cost.
                - cost | cost*, budget | You said "{quote}". What did it cost to run? | Cost matters here.
                retries | retry | You said "{quote}". How many retries before you page someone? | My own version.
                """;

        // when
        ProbeBank bank = ProbeBank.bundled().with(ProbeBank.parse("probes.md", userFile, false));
        List<ProbeBank.Fired> fired = bank.fired("The retry doubled our cost.");

        // then
        assertThat(fired).extracting(f -> f.probe().topic()).containsExactly("retries", "cost");
        assertThat(fired.get(0).probe().question()).contains("How many retries");
        assertThat(bank.probes()).filteredOn(p -> p.topic().equals("retries")).hasSize(1);
    }

    @Test
    void should_reject_a_malformed_line_in_the_bundled_format() {
        assertThatThrownBy(() -> ProbeBank.parse("probe-bank.txt", "[probes]\nretries | retry | only three fields", true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only three fields");
    }
}
