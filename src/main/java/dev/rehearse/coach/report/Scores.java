package dev.rehearse.coach.report;

import java.util.List;

/**
 * The rubric scores.
 *
 * @param dimensions the five dimensions in rubric order
 * @param overall    the weighted mean of the dimensions (one decimal), after any cap
 * @param verdict    weak, developing, solid or strong
 * @param caps       limits put on the overall score and why (e.g. an answer far too short)
 * @param basis      "draft" when only the draft was judged; "draft+knowledge" when the notes and the
 *                   company research were used too
 */
public record Scores(List<DimensionScore> dimensions, double overall, String verdict, List<ScoreReason> caps, String basis) {

    public Scores {
        dimensions = List.copyOf(dimensions);
        caps = List.copyOf(caps);
    }

    public DimensionScore of(Dimension d) {
        return dimensions.stream().filter(s -> s.dimension() == d).findFirst().orElseThrow();
    }

    public int score(Dimension d) {
        return of(d).score();
    }
}
