package dev.rehearse.coach;

import dev.rehearse.coach.report.Delivery;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.coach.report.SpokenDelivery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The delivery reasons only a recording can give: the measured length, the pace, the pauses and the fillers
 * said. Each says it was measured, so the candidate knows these are not the typed draft's estimate.
 */
final class SpokenReasons {

    private SpokenReasons() {
    }

    /** The length reason's figures for a spoken draft: the recording's own seconds against the type's target. */
    static String length(Delivery d) {
        return d.wordCount() + " words in " + d.speakingSeconds() + " s, measured from your recording (target "
                + d.target().minSeconds() + "-" + d.target().maxSeconds() + " s)";
    }

    /**
     * Pace costs a point outside {@value SpokenDelivery#MIN_WPM}-{@value SpokenDelivery#MAX_WPM} words a minute,
     * where a listener either waits or stops following; pauses and fillers are reported for the candidate to hear
     * (the fillers in the transcript already count under "Direct").
     */
    static List<ScoreReason> of(SpokenDelivery spoken) {
        if (spoken == null) {
            return List.of();
        }
        List<ScoreReason> out = new ArrayList<>();
        if (spoken.timed()) {
            int wpm = spoken.wordsPerMinute();
            String range = " (" + SpokenDelivery.MIN_WPM + "-" + SpokenDelivery.MAX_WPM + " is easy to follow)";
            if (wpm < SpokenDelivery.MIN_WPM) {
                out.add(new ScoreReason(-1, "Slow: " + wpm + " words a minute, measured" + range, List.of()));
            } else if (wpm > SpokenDelivery.MAX_WPM) {
                out.add(new ScoreReason(-1, "Rushed: " + wpm + " words a minute, measured" + range, List.of()));
            } else {
                out.add(new ScoreReason(0, "Pace " + wpm + " words a minute, measured" + range, List.of()));
            }
        } else {
            out.add(new ScoreReason(0, "Pace not measured: the recording's length is unknown, so the length is estimated"
                    + " from the words", List.of()));
        }
        if (spoken.pauses() != null) {
            out.add(new ScoreReason(0, spoken.pauses() == 0 ? "No pause over 1.5 s, measured"
                    : spoken.pauses() + " pause(s) over 1.5 s, the longest " + seconds(spoken.longestPauseMs()) + ", measured", List.of()));
        }
        String perMinute = spoken.fillersPerMinute() == null ? ""
                : String.format(Locale.ROOT, " (%.1f a minute)", spoken.fillersPerMinute());
        out.add(new ScoreReason(0, spoken.fillers() == 0 ? "No fillers said" : spoken.fillers() + " filler(s) said" + perMinute, List.of()));
        return out;
    }

    private static String seconds(Long ms) {
        return String.format(Locale.ROOT, "%.1f s", (ms == null ? 0 : ms) / 1000.0);
    }
}
