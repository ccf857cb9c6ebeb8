package dev.rehearse.llm.support;

import dev.rehearse.testing.Patience;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A model server on a raw loopback socket that streams an OpenAI answer slowly, one chunk every
 * {@code interval}, for as long as the client listens. It records the moment the client closes the
 * connection, read on the socket itself: a read that returns end-of-stream is proof, not inference,
 * that the client hung up. WireMock cannot tell us that moment, so cancellation is measured here.
 */
public final class SlowSseServer implements AutoCloseable {

    /** What the server does with each connection. */
    public enum Mode {
        /** Headers at once, then a chunk every interval. */
        STREAM,
        /** Never sends headers: a model still thinking about its first token. */
        SILENT,
        /** Answers 429 with {@code Retry-After: 1}. */
        RATE_LIMIT
    }

    private final ServerSocket socket;
    private final Mode mode;
    private final long intervalMillis;
    private final Thread acceptor;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong closedAtNanos = new AtomicLong();
    private final CountDownLatch requestRead = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean stopping;

    public SlowSseServer(Mode mode, long intervalMillis) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.mode = mode;
        this.intervalMillis = intervalMillis;
        this.acceptor = new Thread(this::acceptLoop, "slow-sse-server");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    public int connections() {
        return connections.get();
    }

    /** Waits until a request has been read, up to {@code quietMillis} stretched by {@link Patience}. */
    public boolean awaitRequest(long quietMillis) throws InterruptedException {
        return requestRead.await(Patience.of(Duration.ofMillis(quietMillis)).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the client has hung up yet. */
    public boolean clientClosed() {
        return closed.getCount() == 0;
    }

    /**
     * Waits until the first connection is closed by the client, up to {@code quietMillis} stretched by
     * {@link Patience}; the nanoTime it was seen, or -1.
     */
    public long awaitClientClose(long quietMillis) throws InterruptedException {
        return closed.await(Patience.of(Duration.ofMillis(quietMillis)).toMillis(), TimeUnit.MILLISECONDS) ? closedAtNanos.get() : -1;
    }

    private void acceptLoop() {
        while (!stopping) {
            try {
                Socket client = socket.accept();
                int n = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(client, n == 1), "slow-sse-connection-" + n);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client, boolean first) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            readRequest(in);
            requestRead.countDown();
            if (first) {
                watchForClose(in);
            }
            switch (mode) {
                case SILENT -> sleep(60_000);
                case RATE_LIMIT -> {
                    String body = "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}";
                    out.write(("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
                            + "Content-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(60_000);
                }
                case STREAM -> stream(out);
            }
        } catch (IOException e) {
            // the client went away while we wrote: the watcher has already seen it
        }
    }

    private void stream(OutputStream out) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        for (int i = 0; i < 600 && !stopping; i++) {
            String event = OpenAiWire.stream(List.of("word" + i + " "), null, false);
            // send only the content chunk of the little stream (skip its role chunk after the first)
            String[] events = event.split("\n\n");
            String piece = (i == 0 ? events[0] + "\n\n" : "") + events[events.length - 1] + "\n\n";
            byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sleep(intervalMillis);
        }
    }

    /** A read that returns -1 after the request has been read means the client closed the connection. */
    private void watchForClose(InputStream in) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // a client sends nothing more on this connection; keep reading until it closes
                }
            } catch (IOException e) {
                // a reset is a close too
            }
            closedAtNanos.set(System.nanoTime());
            closed.countDown();
        }, "slow-sse-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("client closed before sending a request");
            }
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        in.readNBytes(length);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        stopping = true;
        socket.close();
    }
}
