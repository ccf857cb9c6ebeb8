package dev.rehearse.service;

import dev.rehearse.service.InvalidInputException.Problem;

/** The one check of text fields, so the API, the page and the CLI refuse the same input for the same reason. */
public final class InputCheck {

    private InputCheck() {
    }

    /** The value, refused when missing, blank or over {@code max} characters. */
    public static String required(String field, String value, int max) {
        if (value == null) {
            throw new InvalidInputException(field, Problem.MISSING, 0, max);
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, Problem.BLANK, value.length(), max);
        }
        return withinLimit(field, value, max);
    }

    /** The value, or null when absent or blank; refused only when over {@code max} characters. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLimit(field, value, max);
    }

    private static String withinLimit(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(field, Problem.TOO_LONG, value.length(), max);
        }
        return value;
    }
}
