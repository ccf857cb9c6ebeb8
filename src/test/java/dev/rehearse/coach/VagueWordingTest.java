package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.ScoreReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vague wording costs a substance point from three vague words, but words of ordinary speech ("things", "a lot",
 * "many"; vague.txt, [spoken]) weigh half: three of them are how people talk, three result claims with no number
 * behind them ("improved", "significantly") are what an interviewer probes.
 */
class VagueWordingTest {

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private static final String QUESTION = "Tell me about a pipeline you made more reliable.";

    private static List<String> substanceReasons(DraftAnalysis a) {
        return a.scores().dimensions().stream().filter(d -> d.dimension() == Dimension.SUBSTANCE)
                .flatMap(d -> d.reasons().stream()).filter(r -> r.points() < 0).map(ScoreReason::reason).toList();
    }

    @Test
    void should_cost_the_point_for_three_vague_result_claims_but_not_for_three_words_of_ordinary_speech() {
        // given
        String claims = "The nightly payments load failed whenever the provider's API timed out. I split the extract from the "
                + "transformation and kept each day's raw file, so a failed day could be loaded again on its own. That "
                + "improved reliability significantly, and the analysts noticed the reports got better.";
        String speech = "The nightly payments load failed whenever the provider's API timed out, and many things depended on "
                + "it. I split the extract from the transformation and kept each day's raw file, so a failed day could be "
                + "loaded again on its own. That saved the analysts a lot of chasing, because a retry touched one day only.";

        // when
        DraftAnalysis vague = analyzer.analyze(QUESTION, claims);
        DraftAnalysis spoken = analyzer.analyze(QUESTION, speech);

        // then
        assertThat(vague.evidence().vague()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(substanceReasons(vague)).anyMatch(r -> r.startsWith("Vague wording in"));
        assertThat(spoken.evidence().vague()).extracting(v -> v.span().text().toLowerCase(java.util.Locale.ROOT))
                .contains("many", "things").anyMatch(t -> t.startsWith("a lot"));
        assertThat(substanceReasons(spoken)).noneMatch(r -> r.startsWith("Vague wording in"));
    }
}
