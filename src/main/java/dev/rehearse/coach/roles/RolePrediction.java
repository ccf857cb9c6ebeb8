package dev.rehearse.coach.roles;

import java.util.Map;

/**
 * The role the classifier gives one sentence, and its probability for every role.
 *
 * @param role   the most probable role ("situation", "action", "result", "filler" …)
 * @param scores role → probability, summing to 1
 */
public record RolePrediction(String role, Map<String, Double> scores) {

    public RolePrediction {
        scores = Map.copyOf(scores);
    }

    /** The probability of {@code role}; 0 for a role the model does not know. */
    public double score(String role) {
        return scores.getOrDefault(role, 0.0);
    }
}
