package dev.rehearse.search;

/** Told how far the embedding of changed passages has gone, e.g. to draw a progress bar. */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = (embedded, toEmbed) -> { };

    /**
     * @param embedded passages embedded so far in this sync
     * @param toEmbed  passages this sync embeds in all
     */
    void update(int embedded, int toEmbed);
}
