package dev.rehearse.coach;

import dev.rehearse.coach.report.FindingKind;
import java.util.EnumMap;
import java.util.Map;

/** Hands out finding ids per kind in the order findings are made, so the same draft gets the same ids. */
final class Ids {
    private final Map<FindingKind, Integer> counters = new EnumMap<>(FindingKind.class);

    String next(FindingKind kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return kind.wireName() + "-" + n;
    }
}
