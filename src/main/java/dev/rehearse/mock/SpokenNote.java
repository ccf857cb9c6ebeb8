package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rehearse.coach.report.SpokenDelivery;

/**
 * How a spoken answer sounded, as the server measured its recording: the debrief shows it beside the answer, since
 * a typed answer cannot show pace or fillers at all.
 *
 * @param durationMs       the whole recording; absent when it could not be measured
 * @param wordsPerMinute   the pace; absent with {@code durationMs}
 * @param pace             slow, within or fast against 120–160 words a minute; absent with {@code wordsPerMinute}
 * @param fillers          fillers said ("um", "uh", "you know" …)
 * @param fillersPerMinute fillers over the recording's minutes; absent with {@code durationMs}
 * @param pauses           silences of 1.5 s and more; absent when not measured
 * @param longestPauseMs   the longest of them; absent when not measured
 * @param restarts         cut-off starts and repeated words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpokenNote(Long durationMs, Integer wordsPerMinute, String pace, int fillers, Double fillersPerMinute,
                         Integer pauses, Long longestPauseMs, int restarts) {

    public static final String SLOW = "slow";
    public static final String WITHIN = "within";
    public static final String FAST = "fast";

    static SpokenNote of(SpokenDelivery d) {
        Integer wpm = d.wordsPerMinute();
        String pace = wpm == null ? null : wpm < SpokenDelivery.MIN_WPM ? SLOW : wpm > SpokenDelivery.MAX_WPM ? FAST : WITHIN;
        return new SpokenNote(d.durationMs(), wpm, pace, d.fillers(), d.fillersPerMinute(), d.pauses(), d.longestPauseMs(),
                d.restarts());
    }

    /** The recording's length in whole seconds, when it was measured: the answer's time, rather than the wall clock. */
    static Long seconds(SpokenDelivery d) {
        return d == null || !d.timed() ? null : Math.round(d.durationMs() / 1000.0);
    }
}
