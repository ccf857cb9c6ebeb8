package dev.rehearse.coach.tie;

import dev.rehearse.knowledge.ResearchFact;
import java.util.List;

/**
 * A research fact matched to the draft sentence it fits best.
 *
 * @param fact     the fact
 * @param action   the draft's action sentence it shares most with
 * @param concepts the concepts they share
 * @param words    the uncommon content stems they share
 * @param score    two points a shared concept, one a shared word, a half when search also retrieved the fact
 */
public record RankedFact(ResearchFact fact, ActionSentence action, List<String> concepts, List<String> words, double score) {

    /**
     * The on-topic rule: the fact shares a concept with what the candidate did and one more concept or
     * uncommon word, or three uncommon words. One shared word or concept alone ("data", "metrics") is a
     * coincidence more often than a topic.
     */
    public boolean onTopic() {
        return concepts.size() >= 2 || !concepts.isEmpty() && !words.isEmpty() || words.size() >= 3;
    }
}
