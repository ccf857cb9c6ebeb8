package dev.rehearse.mock;

/**
 * A language model playing the interviewer. The offline interviewer still decides what comes next (a follow-up on
 * which gap, or which planned question); the model words it as a real interviewer would, remembering the session.
 */
public interface InterviewerModel {

    /**
     * The model's wording of the next turn.
     *
     * @param sessionId  the session, the key of the model's memory
     * @param offline    the offline interviewer's turn: what to ask and why
     * @param lastAnswer what the candidate just said, or null at the start and after a skip
     * @throws RuntimeException when the call fails
     */
    String word(String sessionId, MockTurn offline, String lastAnswer);

    /** The model's memory of a session, dropped once it has ended. */
    void forget(String sessionId);

    /** Which model, for the note that says it was replaced. */
    String name();
}
