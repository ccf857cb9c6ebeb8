package dev.rehearse.coach.tie;

import java.util.Set;

/**
 * A sentence in which the draft says what the candidate (or the team) did.
 *
 * @param text     the sentence as written
 * @param clause   its part from the subject on ("I split ingestion from aggregation"), short enough to say
 * @param ownStems    the content stems of the sentence itself, whose clause a bridge repeats
 * @param ownConcepts the concepts of the sentence itself
 * @param stems       the content stems of the sentence and the ones after it that describe the same action
 * @param concepts    their concepts
 */
public record ActionSentence(String text, String clause, Set<String> ownStems, Set<String> ownConcepts, Set<String> stems,
                             Set<String> concepts) {
}
