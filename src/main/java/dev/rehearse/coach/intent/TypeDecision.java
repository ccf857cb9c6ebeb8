package dev.rehearse.coach.intent;

import dev.rehearse.coach.report.QuestionType;
import java.util.Optional;

/**
 * When the meaning of a question outweighs its cue words. The cues are exact and explainable, so they keep the
 * say when they are strong; the meaning decides when no cue matched (the conceptual fallback would run the wrong
 * rubric), when the cues are weak (one generic word such as "feedback" or "explain"), or when the meaning is very
 * sure of another type (a cue such as "tell me about a time" belongs to several types).
 * The thresholds were set on the example questions' own neighbours and checked on the test questions (see
 * docs/coach.md, "Question types read by meaning").
 */
public final class TypeDecision {

    /** Below this the nearest examples are not a reading at all (an off-topic or one-word question). */
    static final double MEANINGFUL = 0.30;
    /** Cue totals below this rest on one generic word. */
    static final double WEAK_CUES = 5;
    /** Over weak cues the meaning must be at least this close and this clear. */
    static final double OVER_WEAK = 0.45;
    static final double OVER_WEAK_MARGIN = 0.04;
    /** Over strong cues only a near-paraphrase of one type's examples decides. */
    static final double OVER_STRONG = 0.72;
    static final double OVER_STRONG_MARGIN = 0.10;

    private TypeDecision() {
    }

    /**
     * The type the meaning sets, or empty when the cues keep theirs.
     *
     * @param cueType  the type the cues chose, or null when none matched
     * @param cueScore the cues' total weight (0 when none matched)
     * @param meaning  what the meaning reads
     */
    public static Optional<QuestionType> overrule(QuestionType cueType, double cueScore, TypeReading meaning) {
        if (meaning == null || meaning.similarity() < MEANINGFUL || meaning.type() == cueType) {
            return Optional.empty();
        }
        if (cueType == null) {
            return Optional.of(meaning.type());
        }
        boolean overWeak = cueScore < WEAK_CUES && meaning.similarity() >= OVER_WEAK && meaning.margin() >= OVER_WEAK_MARGIN;
        boolean overStrong = meaning.similarity() >= OVER_STRONG && meaning.margin() >= OVER_STRONG_MARGIN;
        return overWeak || overStrong ? Optional.of(meaning.type()) : Optional.empty();
    }
}
