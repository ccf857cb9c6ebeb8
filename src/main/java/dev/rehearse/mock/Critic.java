package dev.rehearse.mock;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.QuestionReport;

/** The offline coach as the interviewer uses it: a critique of each answer, and a question's type and target. */
public interface Critic {

    Critique critique(String question, String answer);

    QuestionReport classify(String question);
}
