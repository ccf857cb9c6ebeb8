package dev.rehearse.service;

import dev.rehearse.coach.InputLimits;

/**
 * What every coaching action takes: the question and the draft answer, checked against the limits; optionally
 * the question bank's id for the question, and whether the server should keep the result in the history.
 */
public record DraftRequest(String question, String draft, String questionId, boolean save) {

    public DraftRequest {
        question = InputCheck.required("question", question, InputLimits.MAX_QUESTION_CHARS);
        draft = InputCheck.required("draft", draft, InputLimits.MAX_DRAFT_CHARS);
        questionId = InputCheck.optional("questionId", questionId, InputLimits.MAX_ID_CHARS);
    }

    /** A one-off request: nothing saved. */
    public static DraftRequest of(String question, String draft) {
        return new DraftRequest(question, draft, null, false);
    }
}
