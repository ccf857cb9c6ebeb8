package dev.rehearse.mock;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.SpokenDelivery;

/** The offline coach as the interviewer uses it: a critique of each answer, and a question's type and target. */
public interface Critic {

    Critique critique(String question, String answer);

    /**
     * The critique of an answer given by voice, whose delivery is the one its recording measured. A critic that cannot
     * use the figures judges the transcript as typed.
     */
    default Critique critique(String question, String answer, SpokenDelivery spoken) {
        return critique(question, answer);
    }

    QuestionReport classify(String question);
}
