package dev.rehearse.practice;

/** Attempts for tests. */
final class Attempts {
    private Attempts() {
    }

    static NewAttempt critique(String questionId, String question, String draft, Double score) {
        return new NewAttempt(questionId, question, draft, PracticeMode.CRITIQUE,
                "{\"overall\":" + (score == null ? "null" : score) + "}", score, "offline");
    }

    static NewAttempt free(String question, String draft, Double score) {
        return critique(null, question, draft, score);
    }
}
