package dev.rehearse.llm.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that gives up when the server goes quiet or takes too long in all. The JDK client's
 * request timeout only covers the wait for the response headers; a stream that stalls afterwards would
 * hang forever, so every read arms a timer that closes the stream (which wakes the blocked read) when it
 * fires. A server that keeps sending a little now and then never trips that timer, so a second one
 * closes the stream when the whole exchange is out of time.
 */
final class IdleTimeoutInputStream extends FilterInputStream {

    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> deadline;
    private volatile boolean timedOut;
    private volatile boolean overdue;

    /**
     * @param timeout the longest silence between two reads
     * @param left    how long the rest of the exchange may take in all
     */
    IdleTimeoutInputStream(InputStream in, Duration timeout, Duration left, ScheduledExecutorService timer) {
        super(in);
        this.timeout = timeout;
        this.timer = timer;
        this.deadline = timer.schedule(() -> {
            overdue = true;
            timedOut = true;
            closeQuietly();
        }, left.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a timer closed the stream (for silence or for the whole exchange). */
    boolean timedOut() {
        return timedOut;
    }

    /** Whether it was the whole exchange that ran out of time. */
    boolean overdue() {
        return overdue;
    }

    @Override
    public int read() throws IOException {
        ScheduledFuture<?> alarm = arm();
        try {
            return super.read();
        } finally {
            alarm.cancel(false);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        ScheduledFuture<?> alarm = arm();
        try {
            return super.read(b, off, len);
        } finally {
            alarm.cancel(false);
        }
    }

    private ScheduledFuture<?> arm() {
        return timer.schedule(() -> {
            timedOut = true;
            closeQuietly();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void closeQuietly() {
        ScheduledFuture<?> whole = deadline;
        if (whole != null) {
            whole.cancel(false);
        }
        try {
            close();
        } catch (IOException | RuntimeException ignored) {
            // closing is how we abort; a failure to close leaves nothing more to do
        }
    }
}
