package dev.rehearse.coach.report;

import java.util.List;

/**
 * Who did what.
 *
 * @param iCount   first person singular words (I, me, my …)
 * @param weCount  first person plural words (we, us, our …)
 * @param firstPersonSentences ids of the sentences told in the first person singular ("sentence-3")
 * @param unclear  sentences where the candidate's own action is unclear
 * @param passive  passive constructions
 */
public record Ownership(int iCount, int weCount, List<String> firstPersonSentences, List<PhraseFinding> unclear, List<PhraseFinding> passive) {

    public Ownership {
        firstPersonSentences = List.copyOf(firstPersonSentences);
        unclear = List.copyOf(unclear);
        passive = List.copyOf(passive);
    }
}
