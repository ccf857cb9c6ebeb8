package dev.rehearse.coach.tie;

import dev.rehearse.coach.text.Terms;
import dev.rehearse.knowledge.MetaText;
import dev.rehearse.knowledge.ResearchFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ranks the research facts by how well they fit what the draft says the candidate did, not by the
 * question: the story's own actions are what a bridge has to connect to. Facts that read as
 * commentary are never candidates.
 */
public final class FactRanker {

    private final TieConcepts concepts;

    public FactRanker(TieConcepts concepts) {
        this.concepts = concepts;
    }

    /**
     * The on-topic facts, best first.
     *
     * @param ignored   stems that say nothing about a topic: words common to the knowledge folder and the company's name
     * @param retrieved whether search retrieved the passage a fact sits in (a small bonus between equals)
     */
    public List<RankedFact> rank(List<ResearchFact> facts, List<ActionSentence> actions, Set<String> ignored,
                                 Predicate<ResearchFact> retrieved) {
        List<RankedFact> out = new ArrayList<>();
        if (actions.isEmpty()) {
            return out;
        }
        for (ResearchFact f : facts) {
            if (MetaText.isMeta(f.statement())) {
                continue;
            }
            Set<String> factConcepts = concepts.of(f.statement());
            Set<String> factStems = Terms.content(f.statement(), ignored);
            RankedFact best = null;
            for (ActionSentence a : actions) {
                List<String> sharedConcepts = factConcepts.stream().filter(a.concepts()::contains).toList();
                // a word that already counts through its concept ("api") is not a second piece of evidence
                List<String> sharedWords = factStems.stream().filter(a.stems()::contains)
                        .filter(w -> !sharedConcepts.contains(concepts.conceptOf(w)) && !concepts.notTopics().contains(w)).toList();
                // between equal matches, the fact that says more about the shared concepts ("idempotent", "re-sent",
                // "no-op") is the better bridge
                double score = 2.0 * sharedConcepts.size() + sharedWords.size() + 0.5 * concepts.hits(f.statement(), sharedConcepts)
                        + (retrieved.test(f) ? 0.5 : 0);
                RankedFact r = new RankedFact(f, a, sharedConcepts, sharedWords, score);
                // the bridge repeats this sentence's clause, so the sentence itself must touch the fact
                boolean clauseFits = factConcepts.stream().anyMatch(a.ownConcepts()::contains)
                        || factStems.stream().anyMatch(a.ownStems()::contains);
                if (clauseFits && r.onTopic() && (best == null || score > best.score())) {
                    best = r;
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        out.sort(Comparator.comparingDouble(RankedFact::score).reversed());
        return out;
    }
}
