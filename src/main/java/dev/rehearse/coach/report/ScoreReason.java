package dev.rehearse.coach.report;

import java.util.List;

/**
 * One step of a score: the points it adds (or takes away, or 0 for a criterion not met), why, and
 * the findings, gaps or passages that show it.
 *
 * @param points   +1, +2, 0, -1 …
 * @param reason   the criterion and whether it was met
 * @param evidence ids of findings ("number-1"), gaps ("gap-result") or passages
 */
public record ScoreReason(int points, String reason, List<String> evidence) {

    public ScoreReason {
        evidence = List.copyOf(evidence);
    }
}
