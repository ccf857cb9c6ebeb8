package dev.rehearse.search;

/**
 * A sync's progress, written by the thread that embeds and read by any other while it runs: what the page shows
 * during a first start, when embedding every passage of the notes takes tens of seconds on a busy machine.
 */
public final class IndexingProgress implements SyncProgress {

    /**
     * One reading of the progress.
     *
     * @param embedded passages embedded so far
     * @param toEmbed  passages to embed in all; zero until the sync knows what changed
     */
    public record Snapshot(int embedded, int toEmbed) {
    }

    // one reference, so a reader never sees the count of one update with the total of another
    private volatile Snapshot last = new Snapshot(0, 0);

    @Override
    public void update(int embedded, int toEmbed) {
        last = new Snapshot(embedded, toEmbed);
    }

    public Snapshot snapshot() {
        return last;
    }
}
