package dev.rehearse.voice;

import java.util.List;

/**
 * When the speaker spoke and when they stopped, measured while recording (by the page, from the audio level) or
 * afterwards from the decoded samples. The transcription gives words without timings, so pace and pauses come
 * from here.
 *
 * @param durationMs the whole recording
 * @param speakingMs from the first speech to the last, less the pauses
 * @param pauses     the silences of at least {@link Pause#MIN_MS}, in order
 */
public record Timeline(long durationMs, long speakingMs, List<Pause> pauses) {

    public Timeline {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
    }
}
