package dev.rehearse.service;

import dev.rehearse.coach.InputLimits;

/**
 * What every coaching action takes: the question and the draft answer, checked against the limits; optionally
 * the question bank's id for the question, whether the server should keep the result in the history, and the id
 * {@code POST /api/transcribe} gave the recording the draft was transcribed from; and the company (its slug) the
 * answer is for, the default company when null.
 */
public record DraftRequest(String question, String draft, String questionId, boolean save, String spokenId,
                           String company) {

    public DraftRequest {
        question = InputCheck.required("question", question, InputLimits.MAX_QUESTION_CHARS);
        draft = InputCheck.required("draft", draft, InputLimits.MAX_DRAFT_CHARS);
        questionId = InputCheck.optional("questionId", questionId, InputLimits.MAX_ID_CHARS);
        spokenId = InputCheck.optional("spokenId", spokenId, InputLimits.MAX_ID_CHARS);
        company = InputCheck.optional("company", company, InputLimits.MAX_ID_CHARS);
    }

    /** A draft for the default company. */
    public DraftRequest(String question, String draft, String questionId, boolean save, String spokenId) {
        this(question, draft, questionId, save, spokenId, null);
    }

    /** A typed draft. */
    public DraftRequest(String question, String draft, String questionId, boolean save) {
        this(question, draft, questionId, save, null);
    }

    /** A one-off request: nothing saved. */
    public static DraftRequest of(String question, String draft) {
        return new DraftRequest(question, draft, null, false);
    }
}
