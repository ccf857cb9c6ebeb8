package dev.rehearse.voice;

import dev.rehearse.coach.report.SpokenDelivery;
import java.util.List;

/**
 * The delivery figures of a spoken answer from its transcript and its timeline. Pure: the same input gives the
 * same figures, so they can be checked exactly.
 */
public final class DeliveryCalculator {

    /** The coach judges a spoken draft's pace against the same range. */
    public static final int MIN_WPM = SpokenDelivery.MIN_WPM;
    public static final int MAX_WPM = SpokenDelivery.MAX_WPM;

    private DeliveryCalculator() {
    }

    /**
     * Figures from a transcript and the timeline the page measured, or the one measured from the audio.
     *
     * @param timeline null when neither could measure it; the timed figures are then left out and {@code note}
     *                 should say why
     * @param note     why figures are missing, or null
     */
    public static DeliveryFigures compute(String transcript, Timeline timeline, DurationTarget target, String note) {
        String text = transcript == null ? "" : transcript.strip();
        List<SpokenWords.Word> words = SpokenWords.of(text);
        List<FillerCount> fillers = FillerFinder.find(text);
        int restarts = RestartCounter.count(words);
        if (timeline == null || timeline.durationMs() <= 0) {
            return new DeliveryFigures(text, null, null, null, null, null, fillers, restarts, note);
        }
        long durationMs = timeline.durationMs();
        int wpm = (int) Math.round(words.size() * 60_000.0 / durationMs);
        List<Pause> pauses = timeline.pauses() == null ? null
                : timeline.pauses().stream().filter(p -> p.durationMs() >= Pause.MIN_MS).toList();
        // with no words heard (silence, a cough) there is no pace to judge
        Verdict pace = words.isEmpty() ? null : Verdict.of(wpm, MIN_WPM, MAX_WPM);
        Verdict length = Verdict.of(durationMs / 1000.0, target.minSeconds(), target.maxSeconds());
        return new DeliveryFigures(text, durationMs, wpm, pace, length, pauses, fillers, restarts, note);
    }
}
