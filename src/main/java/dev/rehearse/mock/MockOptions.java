package dev.rehearse.mock;

import java.util.List;

/**
 * How to start a session: {@code questions} mixed from the bank, or the {@code questionIds} the user picked; up to
 * {@code followUps} follow-ups a question. Null stands for the default; a value out of range is refused by name.
 */
public record MockOptions(Integer questions, Integer followUps, List<String> questionIds) {

    public MockOptions {
        if (questions != null && (questions < MockPlan.MIN_QUESTIONS || questions > MockPlan.MAX_QUESTIONS)) {
            throw new MockRequestException("questions", "field 'questions' must be between " + MockPlan.MIN_QUESTIONS
                    + " and " + MockPlan.MAX_QUESTIONS + ", got " + questions);
        }
        if (followUps != null && (followUps < 0 || followUps > MockPlan.MAX_FOLLOW_UPS)) {
            throw new MockRequestException("followUps", "field 'followUps' must be between 0 and " + MockPlan.MAX_FOLLOW_UPS
                    + ", got " + followUps);
        }
        if (questionIds != null && questionIds.size() > MockPlan.MAX_QUESTIONS) {
            throw new MockRequestException("questionIds", "field 'questionIds' may name at most " + MockPlan.MAX_QUESTIONS
                    + " questions, got " + questionIds.size());
        }
        if (questionIds != null && questionIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new MockRequestException("questionIds", "field 'questionIds' must hold question ids, not empty values");
        }
        questionIds = questionIds == null || questionIds.isEmpty() ? null : List.copyOf(questionIds);
    }

    public static MockOptions defaults() {
        return new MockOptions(null, null, null);
    }

    int questionCount() {
        return questions == null ? MockPlan.DEFAULT_QUESTIONS : questions;
    }

    int followUpCount() {
        return followUps == null ? MockPlan.DEFAULT_FOLLOW_UPS : followUps;
    }
}
