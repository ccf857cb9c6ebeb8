package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.ScoreReason;
import org.junit.jupiter.api.Test;

/**
 * An answer hedged throughout takes no position, however specific and on-topic its words: it stays at 2.5 or below,
 * with the hedges shown as the reason. The same facts said with commitment are not held back.
 */
class HedgedAnswerTest {

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private static final String QUESTION = "How would you load a supplier's daily order files so a failed day can be re-run?";

    @Test
    void should_cap_an_answer_hedged_throughout_at_two_and_a_half_and_show_the_hedges() {
        // given
        String hedged = "I suppose I'd probably land each file as it arrives, maybe in a raw folder, although it might depend on "
                + "the volumes. Perhaps a daily job could then load it, I think, keyed on the order id, but I'm not totally sure "
                + "that's the right key. In the PayPal rebuild we sort of split ingestion from aggregation, which possibly helped. "
                + "It would kind of depend on what the team already has, so I'd probably want to see first.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, hedged);

        // then
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(a.scores().caps()).extracting(ScoreReason::reason)
                .anyMatch(r -> r.startsWith("Overall capped at 2.5: hedged throughout"));
        assertThat(a.scores().caps()).filteredOn(r -> r.reason().contains("hedged throughout"))
                .singleElement().satisfies(r -> assertThat(r.evidence()).isNotEmpty());
    }

    @Test
    void should_not_cap_the_same_facts_said_with_commitment() {
        // given
        String committed = "I'd land each file as it arrives in a raw folder, untouched, so any day can be loaded again from it. "
                + "A daily job then loads that day's file, keyed on the order id, and replaces the day's rows rather than "
                + "appending, so a re-run gives the same table. In the PayPal rebuild I split ingestion from aggregation in the "
                + "same way, and a failed day became a re-run of one step instead of a week.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, committed);

        // then
        assertThat(a.scores().caps()).extracting(ScoreReason::reason).noneMatch(r -> r.contains("hedged throughout"));
        assertThat(a.scores().overall()).isGreaterThan(2.5);
    }
}
