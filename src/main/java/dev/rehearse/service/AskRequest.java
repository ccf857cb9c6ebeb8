package dev.rehearse.service;

import dev.rehearse.coach.InputLimits;

/**
 * A question about the notes, checked against the limits.
 *
 * @param company the company whose research it may be answered from (a slug or name); null for the default company
 */
public record AskRequest(String question, String company) {

    public AskRequest {
        question = InputCheck.required("question", question, InputLimits.MAX_QUESTION_CHARS);
    }

    /** A question about the default company. */
    public AskRequest(String question) {
        this(question, null);
    }
}
