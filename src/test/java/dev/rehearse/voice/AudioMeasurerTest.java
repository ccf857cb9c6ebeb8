package dev.rehearse.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AudioMeasurerTest {

    /** See src/test/resources/voice/README.md: 3.441 s of speech, 2.000 s of silence, then 2.085 s of speech. */
    private static final long FIXTURE_DURATION_MS = 7526;
    private static final long FIXTURE_PAUSE_START_MS = 3441;
    private static final long FIXTURE_PAUSE_MS = 2000;

    @Test
    void should_find_the_pause_and_the_length_when_given_a_spoken_wav() throws IOException {
        // given
        byte[] wav = fixture("answer-with-pause.wav");

        // when
        Optional<Timeline> measured = AudioMeasurer.measure(wav);

        // then
        assertThat(measured).isPresent();
        Timeline timeline = measured.get();
        assertThat(timeline.durationMs()).isEqualTo(FIXTURE_DURATION_MS);
        assertThat(timeline.pauses()).hasSize(1);
        Pause pause = timeline.pauses().get(0);
        assertThat(pause.startMs()).isCloseTo(FIXTURE_PAUSE_START_MS, within(300L));
        assertThat(pause.durationMs()).isCloseTo(FIXTURE_PAUSE_MS, within(300L));
        assertThat(timeline.speakingMs()).isCloseTo(FIXTURE_DURATION_MS - FIXTURE_PAUSE_MS, within(600L));
    }

    @Test
    void should_measure_nothing_when_the_audio_is_not_a_format_the_jdk_reads() {
        // given the first bytes of a WebM file, as MediaRecorder writes it
        byte[] webm = new byte[]{0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 0, 0, 0, 0, 0, 0, 0, 0x1f, 0x42, (byte) 0x86};

        // when
        Optional<Timeline> measured = AudioMeasurer.measure(webm);

        // then
        assertThat(measured).isEmpty();
    }

    @Test
    void should_find_no_pause_and_no_speech_when_the_recording_is_silent() {
        // given 3 s of digital silence in 20 ms windows
        double[] levels = new double[150];

        // when
        Timeline timeline = AudioMeasurer.timeline(levels, 3000);

        // then
        assertThat(timeline.speakingMs()).isZero();
        assertThat(timeline.pauses()).isEmpty();
    }

    @Test
    void should_not_count_the_silence_before_the_first_word_and_after_the_last_as_pauses() {
        // given 2 s of silence, 1 s of speech, 2 s of silence
        double[] levels = new double[250];
        for (int i = 100; i < 150; i++) {
            levels[i] = 0.2;
        }

        // when
        Timeline timeline = AudioMeasurer.timeline(levels, 5000);

        // then
        assertThat(timeline.pauses()).isEmpty();
        assertThat(timeline.speakingMs()).isEqualTo(1000L);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = AudioMeasurerTest.class.getResourceAsStream("/voice/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
