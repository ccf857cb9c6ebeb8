package dev.rehearse.service;

/**
 * A request the service refuses before doing any work: a field missing, blank or too long. The message names
 * the field in the API's words; the CLI, whose fields are flags, words it from {@link #problem()}.
 */
public final class InvalidInputException extends RuntimeException {

    /** What is wrong with the field. */
    public enum Problem { MISSING, BLANK, TOO_LONG }

    private final String field;
    private final Problem problem;
    private final int length;
    private final int limit;

    InvalidInputException(String field, Problem problem, int length, int limit) {
        super(describe("field '" + field + "'", problem, length, limit));
        this.field = field;
        this.problem = problem;
        this.length = length;
        this.limit = limit;
    }

    /** The problem in words, the field named as the adapter names it: "query parameter 'q'", "the draft". */
    public String describe(String name) {
        return describe(name, problem, length, limit);
    }

    private static String describe(String name, Problem problem, int length, int limit) {
        return switch (problem) {
            case MISSING -> name + " is required";
            case BLANK -> name + " must not be empty";
            case TOO_LONG -> name + " is " + length + " characters long; the limit is " + limit;
        };
    }

    /** The field as the API names it ({@code question}, {@code draft}, …). */
    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    /** The value's length in characters, for {@link Problem#TOO_LONG}. */
    public int length() {
        return length;
    }

    public int limit() {
        return limit;
    }
}
