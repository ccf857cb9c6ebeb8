package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.ScoreReason;
import org.junit.jupiter.api.Test;

/**
 * An answer that names its subject in a few words and then spends itself on it has its headline first, whatever the
 * opening's words: "Estimating." before a weakness, "Because …" before a reason, "Two things." before two of them.
 * A preamble, or a slogan the rest of the answer never takes up, is no headline.
 */
class DirectOpeningTest {

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private static final String WEAKNESS = "What would you say is your biggest weakness?";
    private static final String BODY = " On a source I haven't seen, my first estimate is usually too low, because I guess how clean the "
            + "data is before I've looked. On the PayPal rebuild I said two days and it took six. What I do now is spend the first "
            + "morning pulling a sample and reading the API's limits, then give a range rather than a date, and I say which part of "
            + "the range depends on what I haven't seen yet.";

    @Test
    void should_read_a_short_opening_the_answer_takes_up_as_the_headline() {
        // when
        DraftAnalysis a = analyzer.analyze(WEAKNESS, "Estimating work." + BODY);

        // then
        assertThat(a.question().type().wireName()).isEqualTo("weakness");
        assertThat(a.structure().headlineFirst()).isTrue();
        assertThat(reasons(a, "structure")).anyMatch(r -> r.points() == 1 && r.reason().startsWith("Headline first"));
    }

    @Test
    void should_not_read_a_preamble_or_an_unrelated_slogan_as_the_headline() {
        // when
        DraftAnalysis preamble = analyzer.analyze(WEAKNESS, "That's a tough question." + BODY);
        DraftAnalysis slogan = analyzer.analyze(WEAKNESS, "Honesty matters a great deal to me in my work." + BODY);
        DraftAnalysis echo = analyzer.analyze(WEAKNESS, "My biggest weakness?" + BODY);

        // then
        assertThat(preamble.structure().headlineFirst()).isFalse();
        assertThat(slogan.structure().headlineFirst()).isFalse();
        assertThat(echo.structure().headlineFirst()).as("the question asked back").isFalse();
    }

    @Test
    void should_read_a_terse_answer_as_the_headline() {
        // when
        DraftAnalysis a = analyzer.analyze("How do you keep stakeholders informed?", "Early and in writing. When a load "
                + "fails I post a short note before anyone opens the report, saying which figures are affected and when they "
                + "will be right, so nobody has to chase me. Once a week I send the people who use my tables what changed.");

        // then
        assertThat(a.structure().headlineFirst()).isTrue();
    }

    @Test
    void should_read_an_opening_that_counts_what_follows_as_the_headline() {
        // when
        DraftAnalysis a = analyzer.analyze("Why are you leaving your current role?", "Two things. The first is the work: the "
                + "pipelines I was hired to fix have run for a year without a missed week, so the job is now maintenance. The second "
                + "is where the data goes: at TheyDo it feeds the product itself, which is the kind of work I want next.");

        // then
        assertThat(a.question().type().wireName()).isEqualTo("reason-for-leaving");
        assertThat(a.structure().headlineFirst()).isTrue();
    }

    private static java.util.List<ScoreReason> reasons(DraftAnalysis a, String dimension) {
        return a.scores().dimensions().stream().filter(d -> d.dimension().wireName().equals(dimension))
                .map(DimensionScore::reasons).findFirst().orElseThrow();
    }
}
