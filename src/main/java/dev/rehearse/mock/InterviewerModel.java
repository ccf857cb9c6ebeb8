package dev.rehearse.mock;

import java.util.function.Consumer;

/**
 * A language model playing the interviewer. The offline interviewer still decides what comes next (a follow-up on
 * which gap, or which planned question); the model words it as a real interviewer would, remembering the session.
 */
public interface InterviewerModel {

    /**
     * The model's wording of the next turn.
     *
     * @param sessionId  the session, the key of the model's memory
     * @param company    the company the session is about: its name and research frame the turn
     * @param offline    the offline interviewer's turn: what to ask and why
     * @param lastAnswer what the candidate just said, or null at the start and after a skip
     * @throws RuntimeException when the call fails
     */
    String word(String sessionId, MockCompany company, MockTurn offline, String lastAnswer);

    /**
     * The model's wording of the next turn, each piece given to {@code tokens} as the model writes it. A model that
     * cannot stream words the turn whole and gives no pieces.
     *
     * @throws RuntimeException when the call fails, whether before or after some pieces were given
     */
    default String word(String sessionId, MockCompany company, MockTurn offline, String lastAnswer, Consumer<String> tokens) {
        return word(sessionId, company, offline, lastAnswer);
    }

    /** The model's memory of a session, dropped once it has ended. */
    void forget(String sessionId);

    /** Which model, for the note that says it was replaced. */
    String name();
}
