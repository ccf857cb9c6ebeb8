package dev.rehearse.service;

import dev.rehearse.coach.report.SpokenDelivery;
import dev.rehearse.voice.DeliveryFigures;
import dev.rehearse.voice.FillerCount;
import dev.rehearse.voice.Pause;
import dev.rehearse.voice.SpokenAnswers;

/**
 * Turns the id a spoken draft arrives with into what the server measured of its recording, in the coach's terms.
 * The figures come from {@link SpokenAnswers}, never from the request, so a client cannot claim a pace.
 */
public final class SpokenDrafts {

    private final SpokenAnswers answers;

    public SpokenDrafts(SpokenAnswers answers) {
        this.answers = answers;
    }

    public SpokenAnswers answers() {
        return answers;
    }

    /** The recording's figures for the request, or null for a typed draft. */
    SpokenDelivery of(DraftRequest in) {
        return in.spokenId() == null ? null : find(in.spokenId());
    }

    /** The figures of the recording the id names; an id this server does not know is refused, naming it. */
    SpokenDelivery find(String spokenId) {
        DeliveryFigures figures = answers.find(spokenId).orElseThrow(() -> new UnknownRecordingException(
                "spokenId '" + spokenId + "' names no recording this server transcribed (their figures are held in"
                        + " memory until the server restarts): record the answer again, or send the draft without spokenId"
                        + " to have it judged as typed"));
        return toSpoken(figures);
    }

    static SpokenDelivery toSpoken(DeliveryFigures f) {
        int fillers = f.fillers().stream().mapToInt(FillerCount::count).sum();
        Long duration = f.durationMs();
        Double perMinute = duration == null || duration <= 0 ? null
                : Math.round(fillers * 600_000.0 / duration) / 10.0;
        Integer pauses = f.pauses() == null ? null : f.pauses().size();
        Long longest = f.pauses() == null ? null : f.pauses().stream().mapToLong(Pause::durationMs).max().orElse(0);
        return new SpokenDelivery(f.text(), duration, f.wordsPerMinute(), pauses, longest, fillers, perMinute, f.restarts());
    }

    /** A spoken draft's id the server does not know: a 400 naming the way on. */
    public static final class UnknownRecordingException extends RuntimeException {
        UnknownRecordingException(String message) {
            super(message);
        }
    }
}
