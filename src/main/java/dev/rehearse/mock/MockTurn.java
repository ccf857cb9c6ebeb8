package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the interviewer says next: a planned question, a follow-up on the last answer, or the end of the session.
 * This is the only thing the candidate sees mid-session, so it never carries a critique.
 *
 * @param kind       {@code question}, {@code follow-up} or {@code end}
 * @param text       what the interviewer says
 * @param questionId the question bank's id of the planned question this turn belongs to, when it has one
 * @param why        why the interviewer asks this now (the gap a follow-up probes, or why it moved on)
 * @param note       what went wrong on the way, when something did: a model call that failed and was replaced
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MockTurn(String kind, String text, String questionId, String why, String note) {

    public static final String QUESTION = "question";
    public static final String FOLLOW_UP = "follow-up";
    public static final String END = "end";

    public static MockTurn question(PlannedQuestion q, String why) {
        return new MockTurn(QUESTION, q.text(), q.questionId(), why, null);
    }

    public static MockTurn followUp(PlannedQuestion about, String text, String why) {
        return new MockTurn(FOLLOW_UP, text, about.questionId(), why, null);
    }

    public static MockTurn end(String text) {
        return new MockTurn(END, text, null, null, null);
    }

    public MockTurn withNote(String value) {
        return new MockTurn(kind, text, questionId, why, value);
    }

    public MockTurn withText(String value) {
        return new MockTurn(kind, value, questionId, why, note);
    }
}
