package dev.rehearse.coach;

/** How much text the coach takes in one go, the same for the API, the page and the CLI. */
public final class InputLimits {

    /** About 3,000 words: ten times a long spoken answer. */
    public static final int MAX_DRAFT_CHARS = 20_000;
    public static final int MAX_QUESTION_CHARS = 2_000;

    private InputLimits() {
    }
}
