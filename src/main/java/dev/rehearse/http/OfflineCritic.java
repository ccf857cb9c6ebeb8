package dev.rehearse.http;

/**
 * The offline coach as the LLM routes need it: a report to send first, and its findings to hand to
 * the model. The server wires it to the offline coach; it runs before any model call.
 */
@FunctionalInterface
public interface OfflineCritic {
    OfflineCritique critique(String question, String draft);
}
