package dev.rehearse.mock;

import java.util.List;

/**
 * What the interviewer means to ask: the questions in order and how many follow-ups each may get.
 *
 * @param questions the planned questions, in the order they are asked
 * @param followUps the most follow-ups asked after one planned question
 */
public record MockPlan(List<PlannedQuestion> questions, int followUps) {

    public static final int MIN_QUESTIONS = 1;
    public static final int MAX_QUESTIONS = 10;
    public static final int DEFAULT_QUESTIONS = 5;
    public static final int MAX_FOLLOW_UPS = 3;
    public static final int DEFAULT_FOLLOW_UPS = 1;

    public MockPlan {
        questions = List.copyOf(questions);
    }

    public PlannedQuestion question(int index) {
        return questions.get(index - 1);
    }
}
