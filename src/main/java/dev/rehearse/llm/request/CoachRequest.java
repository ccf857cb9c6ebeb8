package dev.rehearse.llm.request;

/**
 * A draft to coach: the interview question, the candidate's draft answer, and what the offline
 * analysis already found.
 */
public record CoachRequest(String question, String draft, OfflineFacts offline) {

    public CoachRequest {
        question = question == null ? "" : question;
        draft = draft == null ? "" : draft;
        offline = offline == null ? OfflineFacts.none() : offline;
    }
}
