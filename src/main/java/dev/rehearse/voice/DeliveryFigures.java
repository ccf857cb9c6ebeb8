package dev.rehearse.voice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a spoken answer sounded like. Figures that could not be measured (no timeline and audio that cannot be
 * decoded) are null, left out of the JSON, and the note says why.
 *
 * @param text           the transcript
 * @param durationMs     the whole recording
 * @param wordsPerMinute words over the whole recording, pauses included, as the listener hears it
 * @param pace           the pace against {@link DeliveryCalculator#MIN_WPM}-{@link DeliveryCalculator#MAX_WPM}
 * @param length         the duration against the question's target
 * @param pauses         the silences of at least 1.5 s
 * @param fillers        each filler said at least once, in a fixed order
 * @param restarts       cut-off starts and repeated words ("I— I think", "the the")
 * @param note           what was left out and why, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryFigures(String text, Long durationMs, Integer wordsPerMinute, Verdict pace, Verdict length,
                              List<Pause> pauses, List<FillerCount> fillers, int restarts, String note) {

    public DeliveryFigures {
        pauses = pauses == null ? null : List.copyOf(pauses);
        fillers = List.copyOf(fillers);
    }
}
