package dev.rehearse.llm.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that gives up when the server goes quiet. The JDK client's request timeout only
 * covers the wait for the response headers; a stream that stalls afterwards would hang forever, so
 * every read arms a timer that closes the stream (which wakes the blocked read) when it fires.
 */
final class IdleTimeoutInputStream extends FilterInputStream {

    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private volatile boolean timedOut;

    IdleTimeoutInputStream(InputStream in, Duration timeout, ScheduledExecutorService timer) {
        super(in);
        this.timeout = timeout;
        this.timer = timer;
    }

    boolean timedOut() {
        return timedOut;
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
        try {
            close();
        } catch (IOException | RuntimeException ignored) {
            // closing is how we abort; a failure to close leaves nothing more to do
        }
    }
}
