package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What was measured of the recording a draft was transcribed from: the delivery as it sounded, where a typed
 * draft only allows an estimate at 140 words a minute. The server measured it; a client never supplies it.
 *
 * @param transcript       the transcript as the recording gave it (the draft may since have been edited)
 * @param durationMs       the whole recording; null when neither the page nor the audio could measure it
 * @param wordsPerMinute   the transcript's words over the whole recording; null with {@code durationMs}
 * @param pauses           silences of 1.5 s and more; null when not measured
 * @param longestPauseMs   the longest of them; 0 when there are none, null when not measured
 * @param fillers          fillers said ("um", "uh", "you know" …)
 * @param fillersPerMinute fillers over the recording's minutes; null with {@code durationMs}
 * @param restarts         cut-off starts and repeated words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpokenDelivery(String transcript, Long durationMs, Integer wordsPerMinute, Integer pauses, Long longestPauseMs,
                             int fillers, Double fillersPerMinute, int restarts) {

    /** Below this a listener waits for the speaker; 130-150 is the comfortable middle of an interview answer. */
    public static final int MIN_WPM = 120;
    /** Above this a listener stops following. */
    public static final int MAX_WPM = 160;

    public SpokenDelivery {
        transcript = transcript == null ? "" : transcript;
    }

    /** Whether the recording's length was measured, so the pace and the spoken seconds are real figures. */
    public boolean timed() {
        return durationMs != null && durationMs > 0 && wordsPerMinute != null;
    }
}
