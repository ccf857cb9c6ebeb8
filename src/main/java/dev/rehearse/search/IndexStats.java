package dev.rehearse.search;

import dev.rehearse.knowledge.PassageKind;
import java.time.Instant;
import java.util.Map;

/**
 * The state of the knowledge index, for the health endpoint and the CLI.
 *
 * @param passagesByKind passages per kind (every kind present, zero when none)
 * @param files          knowledge files read
 * @param lastSync       when the index last finished a sync
 * @param passages       passages in all
 * @param vectors        embedding vectors stored (a long passage has several windows)
 * @param model          the embedding model the vectors come from
 * @param lastReport     what the last sync did
 */
public record IndexStats(Map<PassageKind, Long> passagesByKind, int files, Instant lastSync,
                         long passages, long vectors, String model, SyncReport lastReport) {

    public IndexStats {
        passagesByKind = Map.copyOf(passagesByKind);
    }
}
