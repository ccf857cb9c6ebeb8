package dev.rehearse.coach.report;

import java.util.List;

/**
 * A rubric dimension scored 1–5: {@code base} plus the points of the reasons, clamped to 1–5.
 *
 * @param anchor the rubric's description of this level
 */
public record DimensionScore(Dimension dimension, int score, int base, String anchor, List<ScoreReason> reasons) {

    public DimensionScore {
        reasons = List.copyOf(reasons);
    }
}
