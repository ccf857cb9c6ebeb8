package dev.rehearse.search;

/**
 * What one sync of the knowledge folder into the index did.
 *
 * @param filesAdded       files new since the last sync
 * @param filesChanged     files whose content (or parsed passages) changed
 * @param filesRemoved     files gone from the folder, their passages removed
 * @param filesUnchanged   files left as they were, nothing re-embedded
 * @param passagesEmbedded passages embedded in this sync (those of added and changed files)
 * @param passagesTotal    passages in the index after the sync
 * @param millis           wall time of the sync
 */
public record SyncReport(int filesAdded, int filesChanged, int filesRemoved, int filesUnchanged,
                         int passagesEmbedded, int passagesTotal, long millis) {

    public boolean changedAnything() {
        return filesAdded + filesChanged + filesRemoved > 0;
    }

    /** Passages embedded per second, or 0 when nothing was embedded. */
    public double passagesPerSecond() {
        return passagesEmbedded == 0 ? 0 : passagesEmbedded * 1000.0 / Math.max(1, millis);
    }

    /** One line for logs and the CLI. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d passages from %d files (%d added, %d changed, %d removed, %d unchanged); %d embedded in %d ms",
                passagesTotal, filesAdded + filesChanged + filesUnchanged, filesAdded, filesChanged, filesRemoved,
                filesUnchanged, passagesEmbedded, millis);
    }
}
