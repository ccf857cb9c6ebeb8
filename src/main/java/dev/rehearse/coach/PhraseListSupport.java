package dev.rehearse.coach;

import dev.rehearse.coach.text.PhraseList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small helpers over phrase matches. */
final class PhraseListSupport {
    private PhraseListSupport() {
    }

    /** The matches not covered by an exception match, overlaps between them resolved (longest, then earliest). */
    static List<PhraseList.Match> withoutCovered(List<PhraseList.Match> matches, List<PhraseList.Match> exceptions) {
        List<PhraseList.Match> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt((PhraseList.Match m) -> m.start() - m.end()).thenComparingInt(PhraseList.Match::start));
        List<PhraseList.Match> kept = new ArrayList<>();
        for (PhraseList.Match m : sorted) {
            boolean covered = exceptions.stream().anyMatch(e -> e.start() <= m.start() && m.end() <= e.end());
            boolean clash = kept.stream().anyMatch(k -> m.start() < k.end() && k.start() < m.end());
            if (!covered && !clash) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(PhraseList.Match::start));
        return kept;
    }
}
