package dev.rehearse.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.SpokenDelivery;
import org.junit.jupiter.api.Test;

class SpokenNoteTest {

    private static SpokenDelivery delivery(Long durationMs, Integer wpm) {
        return new SpokenDelivery("um I rebuilt it", durationMs, wpm, 1, 2000L, 3, 1.5, 1);
    }

    @Test
    void should_judge_the_pace_against_120_to_160_words_a_minute_when_it_was_measured() {
        // when
        SpokenNote slow = SpokenNote.of(delivery(60_000L, 119));
        SpokenNote lowEdge = SpokenNote.of(delivery(60_000L, 120));
        SpokenNote highEdge = SpokenNote.of(delivery(60_000L, 160));
        SpokenNote fast = SpokenNote.of(delivery(60_000L, 161));

        // then
        assertThat(slow.pace()).isEqualTo(SpokenNote.SLOW);
        assertThat(lowEdge.pace()).isEqualTo(SpokenNote.WITHIN);
        assertThat(highEdge.pace()).isEqualTo(SpokenNote.WITHIN);
        assertThat(fast.pace()).isEqualTo(SpokenNote.FAST);
        assertThat(fast).isEqualTo(new SpokenNote(60_000L, 161, SpokenNote.FAST, 3, 1.5, 1, 2000L, 1));
    }

    @Test
    void should_leave_pace_and_time_unjudged_when_the_recording_could_not_be_timed() {
        // when
        SpokenNote note = SpokenNote.of(delivery(null, null));

        // then
        assertThat(note.pace()).isNull();
        assertThat(note.wordsPerMinute()).isNull();
        assertThat(note.fillers()).isEqualTo(3);
        assertThat(SpokenNote.seconds(delivery(null, null))).isNull();
    }

    @Test
    void should_give_the_recording_length_in_whole_seconds_as_the_answer_time_when_it_was_measured() {
        // when / then
        assertThat(SpokenNote.seconds(delivery(29_600L, 28))).isEqualTo(30L);
        assertThat(SpokenNote.seconds(delivery(90_400L, 140))).isEqualTo(90L);
        assertThat(SpokenNote.seconds(null)).isNull();
    }
}
