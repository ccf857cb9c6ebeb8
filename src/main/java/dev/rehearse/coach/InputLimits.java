package dev.rehearse.coach;

/**
 * How much text one request may carry, the same for the API, the page and the CLI. Every adapter checks
 * against these through the service's input check, so a draft the page accepts is one the CLI accepts too.
 */
public final class InputLimits {

    /** About 3,000 words: ten times a long spoken answer. */
    public static final int MAX_DRAFT_CHARS = 20_000;
    public static final int MAX_QUESTION_CHARS = 2_000;
    /** A search query: as long as a question. */
    public static final int MAX_QUERY_CHARS = MAX_QUESTION_CHARS;
    /**
     * A file path under the knowledge folder, far longer than any real one; Lucene turns a source prefix into an
     * automaton, which refuses very long ones.
     */
    public static final int MAX_SOURCE_CHARS = 500;
    /** A question id from the question bank (a short hash) or a practice attempt's own reference. */
    public static final int MAX_ID_CHARS = 200;
    /** The note on which model wrote a saved report. */
    public static final int MAX_NOTE_CHARS = 500;

    private InputLimits() {
    }
}
