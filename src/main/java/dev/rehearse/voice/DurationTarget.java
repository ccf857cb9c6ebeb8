package dev.rehearse.voice;

/**
 * How long a spoken answer should last, from the question type (60 s to 2 min for most answers).
 *
 * @param minSeconds shorter sounds thin
 * @param maxSeconds longer loses the listener
 */
public record DurationTarget(int minSeconds, int maxSeconds) {

    public static final DurationTarget DEFAULT = new DurationTarget(60, 120);

    public DurationTarget {
        if (minSeconds < 0 || maxSeconds < minSeconds) {
            throw new IllegalArgumentException("a duration target needs 0 <= min <= max, got " + minSeconds + "-" + maxSeconds);
        }
    }
}
