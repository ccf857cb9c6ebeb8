package dev.rehearse.llm.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BridgeUseTest {

    private static final String DRAFT = "I split ingestion from aggregation so a failed day could be retried on its own.";
    private static final String LOGS = "Support logs sent to TheyDo's S3 connector are idempotent on sourceSystem.id plus transcript.id: "
            + "a support log sent twice is a no-op, so a failed load can simply be re-sent.";
    private static final String CULTURE = "TheyDo reserves 70% of the engineering week for focus time.";

    @Test
    void should_accept_a_bridge_whose_own_words_come_from_the_cited_fact() {
        // given
        String bridge = "From what I've read, a support log sent twice to the S3 connector is a no-op: the same reasoning as when I split ingestion from aggregation.";

        // then
        assertThat(BridgeUse.usesCited(bridge, DRAFT, List.of(LOGS))).isTrue();
    }

    @Test
    void should_reject_a_bridge_that_cites_a_fact_it_does_not_use() {
        // given: the bridge talks about support logs but cites the culture passage
        String bridge = "From what I've read, a support log sent twice to the S3 connector is a no-op: the same reasoning as when I split ingestion from aggregation.";

        // then
        assertThat(BridgeUse.usesCited(bridge, DRAFT, List.of(CULTURE))).isFalse();
    }

    @Test
    void should_not_count_words_the_bridge_takes_from_the_draft_as_use_of_the_citation() {
        // given: only the draft's words ("failed", "retried") overlap the cited fact
        String bridge = "I split ingestion from aggregation so a failed day could be retried, which matters at TheyDo.";

        // then
        assertThat(BridgeUse.usesCited(bridge, DRAFT, List.of(LOGS))).isFalse();
    }

    @Test
    void should_accept_a_bridge_when_no_cited_text_is_known() {
        // then
        assertThat(BridgeUse.usesCited("anything at all", DRAFT, List.of())).isTrue();
    }
}
