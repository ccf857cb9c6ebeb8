package dev.rehearse.mock;

import dev.rehearse.coach.report.Critique;

/** Saves a planned question's answer and its critique into that question's practice history. */
@FunctionalInterface
public interface AttemptKeeper {

    /** @return the saved attempt's id */
    long keep(PlannedQuestion question, String answer, Critique critique);
}
