package dev.rehearse.voice;

import java.util.List;

/**
 * When the speaker spoke and when they stopped, measured while recording (by the page, from the audio level) or
 * afterwards from the decoded samples. The transcription gives words without timings, so pace and pauses come
 * from here.
 *
 * @param durationMs the whole recording
 * @param speakingMs from the first speech to the last, less the pauses; null when not measured
 * @param pauses     the silences of at least {@link Pause#MIN_MS}, in order; null when not measured (audio whose
 *                   length its header gives but whose samples cannot be decoded)
 */
public record Timeline(long durationMs, Long speakingMs, List<Pause> pauses) {

    public Timeline {
        if (durationMs < 0) {
            throw new IllegalArgumentException("a recording cannot last below zero: " + durationMs);
        }
        pauses = pauses == null ? null : List.copyOf(pauses);
    }

    /** The length alone: the pauses and speaking time were not measured. */
    public static Timeline lengthOnly(long durationMs) {
        return new Timeline(durationMs, null, null);
    }
}
