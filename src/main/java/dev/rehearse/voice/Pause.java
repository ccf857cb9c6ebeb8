package dev.rehearse.voice;

/**
 * A silence inside a spoken answer, long enough for a listener to notice.
 *
 * @param startMs    where it starts, from the start of the recording
 * @param durationMs how long it lasts
 */
public record Pause(long startMs, long durationMs) {

    /** Shorter silences are breaths and word gaps; from 1.5 s a listener hears the speaker stop. */
    public static final long MIN_MS = 1500;

    public Pause {
        if (startMs < 0 || durationMs < 0) {
            throw new IllegalArgumentException("a pause cannot start or last below zero: " + startMs + ", " + durationMs);
        }
    }

    public long endMs() {
        return startMs + durationMs;
    }
}
