package dev.rehearse.coach;

import dev.rehearse.coach.text.PhraseList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers over phrase matches. */
final class PhraseListSupport {
    private PhraseListSupport() {
    }

    /** The matches not covered by an exception match, overlaps between them resolved (longest, then earliest). */
    static List<PhraseList.Match> withoutCovered(List<PhraseList.Match> matches, List<PhraseList.Match> exceptions) {
        // the furthest end reached by any exception starting at or before each start: a match is covered
        // when an exception starting at or before it reaches its end; sorted maps keep a long draft linear-logarithmic
        TreeMap<Integer, Integer> reach = new TreeMap<>();
        List<PhraseList.Match> byStart = new ArrayList<>(exceptions);
        byStart.sort(Comparator.comparingInt(PhraseList.Match::start));
        int furthest = -1;
        for (PhraseList.Match e : byStart) {
            furthest = Math.max(furthest, e.end());
            reach.put(e.start(), furthest);
        }
        List<PhraseList.Match> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt((PhraseList.Match m) -> m.start() - m.end()).thenComparingInt(PhraseList.Match::start));
        TreeMap<Integer, PhraseList.Match> kept = new TreeMap<>();
        for (PhraseList.Match m : sorted) {
            Map.Entry<Integer, Integer> cover = reach.floorEntry(m.start());
            boolean covered = cover != null && cover.getValue() >= m.end();
            Map.Entry<Integer, PhraseList.Match> before = kept.lowerEntry(m.end());
            boolean clash = before != null && before.getValue().end() > m.start();
            if (!covered && !clash) {
                kept.put(m.start(), m);
            }
        }
        return List.copyOf(kept.values());
    }
}
