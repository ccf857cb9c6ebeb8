package dev.rehearse.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryCalculatorTest {

    private static final DurationTarget ONE_TO_TWO_MINUTES = new DurationTarget(60, 120);

    @Test
    void should_measure_pace_over_the_whole_recording_when_the_page_sent_a_timeline() {
        // given 140 words spoken over 60 s, with one long pause and one breath
        String transcript = "word ".repeat(140).strip();
        Timeline timeline = new Timeline(60_000, 55_000L, List.of(new Pause(10_000, 2_000), new Pause(30_000, 900)));

        // when
        DeliveryFigures figures = DeliveryCalculator.compute(transcript, timeline, ONE_TO_TWO_MINUTES, null);

        // then the breath is not a pause, and 140 words a minute is within 120-160
        assertThat(figures.durationMs()).isEqualTo(60_000L);
        assertThat(figures.wordsPerMinute()).isEqualTo(140);
        assertThat(figures.pace()).isEqualTo(Verdict.WITHIN);
        assertThat(figures.length()).isEqualTo(Verdict.WITHIN);
        assertThat(figures.pauses()).containsExactly(new Pause(10_000, 2_000));
        assertThat(figures.note()).isNull();
    }

    @Test
    void should_judge_pace_fast_and_length_short_when_a_short_answer_is_rushed() {
        // given 100 words in 30 s: 200 a minute
        String transcript = "word ".repeat(100).strip();

        // when
        DeliveryFigures figures = DeliveryCalculator.compute(transcript, new Timeline(30_000, 30_000L, List.of()),
                ONE_TO_TWO_MINUTES, null);

        // then
        assertThat(figures.wordsPerMinute()).isEqualTo(200);
        assertThat(figures.pace()).isEqualTo(Verdict.ABOVE);
        assertThat(figures.length()).isEqualTo(Verdict.BELOW);
    }

    @Test
    void should_judge_pace_slow_and_length_long_when_a_long_answer_drags() {
        // given 300 words in 3 minutes: 100 a minute
        String transcript = "word ".repeat(300).strip();

        // when
        DeliveryFigures figures = DeliveryCalculator.compute(transcript, new Timeline(180_000, 150_000L, List.of()),
                ONE_TO_TWO_MINUTES, null);

        // then
        assertThat(figures.wordsPerMinute()).isEqualTo(100);
        assertThat(figures.pace()).isEqualTo(Verdict.BELOW);
        assertThat(figures.length()).isEqualTo(Verdict.ABOVE);
    }

    @Test
    void should_leave_timed_figures_out_with_the_note_when_there_is_no_timeline() {
        // when
        DeliveryFigures figures = DeliveryCalculator.compute("Um, I rebuilt it.", null, ONE_TO_TWO_MINUTES,
                "the length and pauses could not be measured");

        // then the words are still counted, the timings are not guessed
        assertThat(figures.durationMs()).isNull();
        assertThat(figures.wordsPerMinute()).isNull();
        assertThat(figures.pauses()).isNull();
        assertThat(figures.pace()).isNull();
        assertThat(figures.fillers()).containsExactly(new FillerCount("um", 1, List.of(0)));
        assertThat(figures.note()).isEqualTo("the length and pauses could not be measured");
    }

    @Test
    void should_count_fillers_with_their_positions_when_the_transcript_has_them() {
        // given
        String transcript = "Um, so I, uh, rebuilt the pipeline and, um, it was, like, really slow before.";

        // when
        List<FillerCount> fillers = DeliveryCalculator.compute(transcript, null, ONE_TO_TWO_MINUTES, null).fillers();

        // then
        assertThat(fillers).containsExactly(
                new FillerCount("um", 2, List.of(0, transcript.indexOf("um,", 5))),
                new FillerCount("uh", 1, List.of(transcript.indexOf("uh"))),
                new FillerCount("like", 1, List.of(transcript.indexOf("like"))));
    }

    @Test
    void should_not_count_like_when_it_is_a_verb_or_a_comparison() {
        // given
        String transcript = "I like Kafka. Tools like Flink help. It was like a fire drill. We would like more tests.";

        // when
        List<FillerCount> fillers = FillerFinder.find(transcript);

        // then
        assertThat(fillers).isEmpty();
    }

    @Test
    void should_count_like_when_it_carries_nothing() {
        // given
        String transcript = "It was like really slow, and like we had no alerts. Like, nobody owned it.";

        // when
        List<FillerCount> fillers = FillerFinder.find(transcript);

        // then
        assertThat(fillers).containsExactly(new FillerCount("like", 3, List.of(7, 29, 52)));
    }

    @Test
    void should_count_kind_of_and_sort_of_as_hedges_but_not_as_kinds_of_things() {
        // given
        String transcript = "It kind of worked. We sort of owned it. A kind of index. What sort of team? That kind of thing.";

        // when
        List<FillerCount> fillers = FillerFinder.find(transcript);

        // then
        assertThat(fillers).containsExactly(
                new FillerCount("sort of", 1, List.of(transcript.indexOf("sort of"))),
                new FillerCount("kind of", 1, List.of(transcript.indexOf("kind of"))));
    }

    @Test
    void should_count_you_know_as_a_filler_but_not_as_a_question() {
        // given
        String transcript = "It was, you know, late. You know, we shipped. Do you know the SLA? You know Kafka well. "
                + "You know we moved.";

        // when
        List<FillerCount> fillers = FillerFinder.find(transcript);

        // then
        assertThat(fillers).containsExactly(new FillerCount("you know", 3, List.of(8, 24, transcript.indexOf("You know we"))));
    }

    @Test
    void should_count_cut_offs_and_repeated_words_as_restarts() {
        // given: a cut-off restart, a hyphen cut-off, a doubled word and a doubled pair
        String transcript = "I— I think the the pipeline was, we- I rebuilt it, I think I think in March.";

        // when
        int restarts = RestartCounter.count(transcript);

        // then
        assertThat(restarts).isEqualTo(4);
    }

    @Test
    void should_not_count_hyphenated_words_or_words_doubled_on_purpose_as_restarts() {
        // given
        String transcript = "A real-time feed. I knew that that was wrong. It was very very slow. Done. Done again.";

        // when
        int restarts = RestartCounter.count(transcript);

        // then
        assertThat(restarts).isZero();
    }
}
