package dev.rehearse.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.BufferUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a client that closed its connection while its request is being handled. Jetty does not: once an HTTP/1.1
 * request's body has been read it stops reading the connection until the answer is sent, so a close stays in the
 * socket unseen and the request's failure listeners never fire. This watch reads the connection itself a few times
 * a second, without blocking: end of stream (or a reset) means the client is gone. It only starts once the body has
 * been read in full, so it can never take bytes of the request itself. Bytes that do arrive meanwhile belong to a
 * pipelined next request; they are handed back to Jetty's connection in order, and the watch ends there.
 *
 * <p>A client that half-closes its sending side while still waiting to read the answer counts as gone too; browsers
 * and ordinary HTTP clients keep the connection open until they have the answer.
 */
final class ClientDeparture {

    /** How often a running request's connection is read: a departed client is noticed within this time. */
    static final long PROBE_MILLIS = 200;

    private static final Logger log = LoggerFactory.getLogger(ClientDeparture.class);
    private static final ScheduledExecutorService PROBES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rehearse-client-watch");
        t.setDaemon(true);
        return t;
    });

    private ClientDeparture() {
    }

    /** A running watch; closing it stops the reads before the answer is written. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Watches {@code ctx}'s connection until the returned watch is closed, running {@code onLeft} once if the client
     * leaves. Where the request is not a plain HTTP/1.1 one whose body has been read, nothing is watched.
     */
    static Watch watch(Context ctx, Runnable onLeft) {
        HttpConnection connection = connectionOf(ctx);
        if (connection == null) {
            return () -> { };
        }
        Probe probe = new Probe(connection, onLeft);
        synchronized (probe) {
            probe.future = PROBES.scheduleWithFixedDelay(probe::run, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return probe::close;
    }

    private static HttpConnection connectionOf(Context ctx) {
        try {
            if (!ctx.req().getInputStream().isFinished()) {
                return null; // the body is still being read: a read here would take its bytes
            }
            Connection connection = ServletContextRequest.getServletContextRequest(ctx.req())
                    .getConnectionMetaData().getConnection();
            return connection instanceof HttpConnection http ? http : null;
        } catch (IOException | IllegalStateException e) {
            // not a request of Jetty's servlet container (a test double): the deadline alone bounds the work
            log.debug("No client-departure watch for {}: {}", ctx.path(), e.getMessage());
            return null;
        }
    }

    private static final class Probe {
        private final HttpConnection connection;
        private final Runnable onLeft;
        private ScheduledFuture<?> future;
        private boolean done;

        Probe(HttpConnection connection, Runnable onLeft) {
            this.connection = connection;
            this.onLeft = onLeft;
        }

        synchronized void run() {
            if (done) {
                return;
            }
            EndPoint endPoint = connection.getEndPoint();
            ByteBuffer read = BufferUtil.allocate(1024);
            int filled;
            try {
                filled = endPoint.fill(read);
            } catch (IOException e) {
                filled = -1; // a reset: gone as surely as a close
            }
            if (filled < 0) {
                stop();
                onLeft.run();
            } else if (filled > 0) {
                // the start of a pipelined request: Jetty parses it from its buffer once this answer is sent
                connection.onUpgradeTo(read);
                stop();
            }
        }

        /** Synchronized with {@link #run}: once this returns no read is under way or will start. */
        synchronized void close() {
            stop();
        }

        private void stop() {
            done = true;
            if (future != null) {
                future.cancel(false);
            }
        }
    }
}
