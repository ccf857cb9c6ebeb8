package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.ScoreReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A listener follows one long sentence in a spoken answer; a run of them, or one past the very-long mark, loses them.
 * The long sentence is still shown with a suggestion to split it either way.
 */
class SayableSentencesTest {

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private static final String QUESTION = "How would you load a supplier's daily order files so a failed day can be re-run?";
    private static final String SHORT = "I'd land each file as it arrives, untouched. A daily job then loads that day's file. "
            + "It replaces the day's rows rather than appending. So a re-run gives the same table. ";
    /** 33 words. */
    private static final String LONG = "In the PayPal rebuild I split ingestion from aggregation in the same way, so a failed day became a "
            + "re-run of one small step instead of a week of work for me and the analysts. ";
    /** 46 words. */
    private static final String VERY_LONG = "In the PayPal rebuild I split ingestion from aggregation in the same way, so a failed day "
            + "became a re-run of one small step instead of a week of work for me and the analysts, and nobody had to check by hand "
            + "which part of the week had landed. ";

    @Test
    void should_keep_the_point_for_one_long_sentence_and_still_show_it() {
        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, SHORT + LONG);

        // then
        assertThat(sayable(a).points()).isEqualTo(1);
        assertThat(sayable(a).reason()).isEqualTo("Sentences short enough to say (one over 30 words)");
        assertThat(a.delivery().longSentences()).hasSize(1);
    }

    @Test
    void should_lose_the_point_for_two_long_sentences_or_one_very_long_one() {
        // when
        DraftAnalysis two = analyzer.analyze(QUESTION, SHORT + LONG + LONG.replace("PayPal", "Stripe"));
        DraftAnalysis veryLong = analyzer.analyze(QUESTION, SHORT + VERY_LONG);

        // then
        assertThat(sayable(two).points()).isZero();
        assertThat(sayable(two).reason()).isEqualTo("2 sentences over 30 words");
        assertThat(sayable(veryLong).points()).isZero();
        assertThat(sayable(veryLong).reason()).isEqualTo("1 sentence over 40 words");
    }

    private static ScoreReason sayable(DraftAnalysis a) {
        List<ScoreReason> delivery = a.scores().dimensions().stream().filter(d -> d.dimension().wireName().equals("delivery"))
                .map(DimensionScore::reasons).findFirst().orElseThrow();
        return delivery.stream().filter(r -> r.reason().contains("sentence") && r.reason().contains("words")
                || r.reason().startsWith("Sentences short")).findFirst().orElseThrow();
    }
}
