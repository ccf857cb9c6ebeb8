package dev.rehearse.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, shown only once work has taken more than a second. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private boolean shown;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    synchronized void update(int done, int total) {
        if (total <= 0 || System.nanoTime() - startNanos < 1_000_000_000L) {
            return;
        }
        shown = true;
        int filled = (int) Math.round(WIDTH * (double) done / total);
        err.print("\rEmbedding [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    synchronized void finish() {
        if (shown) {
            err.println();
        }
    }
}
