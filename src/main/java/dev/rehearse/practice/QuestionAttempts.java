package dev.rehearse.practice;

import java.util.List;

/** A practised question with all its attempts, newest first: the raw material of the prep pack. */
public record QuestionAttempts(QuestionSummary question, List<Attempt> attempts) {
    public QuestionAttempts {
        attempts = List.copyOf(attempts);
    }
}
