package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;
import java.util.List;

/**
 * Something a demanding coach holds against the answer as a whole: a red flag that caps the overall score (a
 * closing answer that asks nothing, a disguised-strength weakness, badmouthing, blame, a dodge, invented-sounding
 * figures) or a signal that costs points (flattery, buzzwords, stock phrases, self-undermining, unspeakable notes).
 *
 * @param id         "concern-1" …
 * @param rule       the rule's name in concerns.txt ("badmouthing", "flattery" …)
 * @param redFlag    whether it caps the overall score
 * @param cap        the highest overall score it allows (red flags only; 5 for signals)
 * @param message    what is wrong
 * @param suggestion what to do instead
 * @param spans      where it shows in the draft; empty when the concern is something missing
 */
public record Concern(String id, String rule, boolean redFlag, double cap, String message, String suggestion, List<Span> spans) {

    public Concern {
        spans = List.copyOf(spans);
    }
}
