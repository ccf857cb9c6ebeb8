package dev.rehearse.coach.tie;

import java.util.Set;

/**
 * A sentence in which the draft says what the candidate (or the team) did.
 *
 * @param text     the sentence as written
 * @param clause   its part from the subject on ("I split ingestion from aggregation"), short enough to say
 * @param stems    its content stems
 * @param concepts its concepts
 */
public record ActionSentence(String text, String clause, Set<String> stems, Set<String> concepts) {
}
