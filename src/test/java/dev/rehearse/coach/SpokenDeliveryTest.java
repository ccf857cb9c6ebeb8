package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Delivery;
import dev.rehearse.coach.report.LengthTarget;
import dev.rehearse.coach.report.LengthVerdict;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.coach.report.SpokenDelivery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A spoken draft's delivery: the length judged by the recording's seconds, and the reasons only a recording gives. */
class SpokenDeliveryTest {

    /** 150-300 words at 140 a minute: 64-129 s. */
    private static final LengthTarget TARGET = LengthTarget.of(150, 300, 140);
    /** 200 words: within the target as typed (about 86 s at 140 a minute). */
    private static final Delivery TYPED = new Delivery(200, 10, 86, TARGET, LengthVerdict.WITHIN_TARGET, List.of(), List.of(), List.of());

    private static SpokenDelivery spoken(long durationMs, int wpm) {
        return new SpokenDelivery("transcript", durationMs, wpm, 2, 3200L, 4, 1.5, 1);
    }

    @Test
    void should_judge_the_length_by_the_measured_seconds_when_the_speaker_was_slow() {
        // when: the same 200 words took 150 s to say
        Delivery d = DeliveryAnalyzer.spoken(TYPED, spoken(150_000, 80));

        // then
        assertThat(d.speakingSeconds()).isEqualTo(150);
        assertThat(d.length()).isEqualTo(LengthVerdict.TOO_LONG);
        assertThat(d.wordCount()).isEqualTo(200);
        assertThat(d.spoken().transcript()).isEqualTo("transcript");
    }

    @Test
    void should_judge_the_length_far_off_when_the_recording_is_under_half_the_target() {
        // when: 200 words rushed out in 30 s
        Delivery d = DeliveryAnalyzer.spoken(TYPED, spoken(30_000, 400));

        // then
        assertThat(d.speakingSeconds()).isEqualTo(30);
        assertThat(d.length()).isEqualTo(LengthVerdict.FAR_TOO_SHORT);
    }

    @Test
    void should_keep_the_estimate_when_the_recording_length_was_not_measured() {
        // when
        Delivery d = DeliveryAnalyzer.spoken(TYPED, new SpokenDelivery("transcript", null, null, null, null, 0, null, 0));

        // then
        assertThat(d.speakingSeconds()).isEqualTo(86);
        assertThat(d.length()).isEqualTo(LengthVerdict.WITHIN_TARGET);
        assertThat(SpokenReasons.of(d.spoken())).extracting(ScoreReason::reason)
                .containsExactly("Pace not measured: the recording's length is unknown, so the length is estimated from the words",
                        "No fillers said");
    }

    @Test
    void should_cost_a_point_when_the_pace_is_outside_120_to_160_words_a_minute() {
        // when
        List<ScoreReason> rushed = SpokenReasons.of(spoken(90_000, 185));
        List<ScoreReason> easy = SpokenReasons.of(spoken(90_000, 140));
        List<ScoreReason> slow = SpokenReasons.of(spoken(90_000, 119));

        // then
        assertThat(rushed.get(0)).isEqualTo(new ScoreReason(-1, "Rushed: 185 words a minute, measured (120-160 is easy to follow)", List.of()));
        assertThat(easy.get(0)).isEqualTo(new ScoreReason(0, "Pace 140 words a minute, measured (120-160 is easy to follow)", List.of()));
        assertThat(slow.get(0).points()).isEqualTo(-1);
        assertThat(slow.get(0).reason()).startsWith("Slow: 119 words a minute, measured");
        assertThat(easy).extracting(ScoreReason::reason).containsExactly(
                "Pace 140 words a minute, measured (120-160 is easy to follow)",
                "2 pause(s) over 1.5 s, the longest 3.2 s, measured",
                "4 filler(s) said (1.5 a minute)");
    }

    @Test
    void should_give_no_reasons_for_a_typed_draft() {
        // when / then
        assertThat(SpokenReasons.of(null)).isEmpty();
        assertThat(SpokenReasons.length(DeliveryAnalyzer.spoken(TYPED, spoken(95_000, 126))))
                .isEqualTo("200 words in 95 s, measured from your recording (target 64-129 s)");
    }
}
