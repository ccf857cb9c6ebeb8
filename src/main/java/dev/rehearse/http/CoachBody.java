package dev.rehearse.http;

import dev.rehearse.service.DraftRequest;

/**
 * The body of {@code POST /api/critique}, {@code /api/followups}, {@code /api/tie} and {@code /api/critique/stream}:
 * {@code {question, draft, questionId?, save?, spokenId?, company?}}. With {@code save: true} the server keeps the result in
 * the history and answers with its {@code attemptId}. {@code spokenId}, from {@code POST /api/transcribe}, says the
 * draft was spoken: the critique then judges the delivery by what the server measured of that recording. {@code company}
 * (a slug from {@code GET /api/companies}) says which company's research to tie to and whose history keeps it.
 */
record CoachBody(String question, String draft, String questionId, Boolean save, String spokenId, String company) {

    static final String EXAMPLE = "{\"question\": \"...\", \"draft\": \"...\"}";

    /** The service's request; the service checks the values. */
    DraftRequest request() {
        return new DraftRequest(question, draft, questionId, Boolean.TRUE.equals(save), spokenId, company);
    }
}
