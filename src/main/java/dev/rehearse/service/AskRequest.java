package dev.rehearse.service;

import dev.rehearse.coach.InputLimits;

/** A question about the notes, checked against the limits. */
public record AskRequest(String question) {

    public AskRequest {
        question = InputCheck.required("question", question, InputLimits.MAX_QUESTION_CHARS);
    }
}
