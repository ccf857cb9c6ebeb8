package dev.rehearse.http;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.llm.request.CritiqueFacts;

/**
 * The offline coach as the LLM routes need it: a report to send first, and its findings to hand to
 * the model. It runs before any model call.
 */
@FunctionalInterface
public interface OfflineCritic {

    OfflineCritique critique(String question, String draft);

    /** The offline coach's full critique, with its findings as the model's facts. */
    static OfflineCritic of(Coach coach) {
        return (question, draft) -> {
            Critique report = coach.critique(question, draft);
            return new OfflineCritique(report, CritiqueFacts.of(report));
        };
    }
}
