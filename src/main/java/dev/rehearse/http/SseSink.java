package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * One Server-Sent Events response, written by us on the response's own output stream while the request
 * thread waits in {@link #awaitClosed}. Written from the model's reader thread and the keep-alive timer
 * alike, so every write is serialised. Data goes out as JSON we render ourselves, whatever JSON mapper the
 * server has.
 *
 * <p>Why not Javalin's {@code SseClient}: it ends the request through an asynchronous future, and when a
 * client left mid-stream Jetty could recycle the response before that future completed; Javalin then ran
 * its error handling on the recycled response in a loop, millions of log lines long. Holding the request
 * thread until the stream ends leaves nothing to run after the response is gone.
 */
final class SseSink {

    private final OutputStream out;
    private final ObjectMapper json;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
    private boolean ended; // guarded by this

    SseSink(OutputStream out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    void send(String event, Object data) {
        String text;
        try {
            text = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            event = "fallback";
            text = "{\"kind\":\"unknown\",\"note\":\"Rehearse could not encode the answer.\",\"retrieved\":[]}";
        }
        StringBuilder frame = new StringBuilder(text.length() + event.length() + 16).append("event: ").append(event).append('\n');
        // a line break inside the data would end the field: each line is a data line of its own
        for (String line : text.split("\r\n|\r|\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        write(frame.append('\n').toString());
    }

    /**
     * A comment line the page ignores. Writing is the only way a server learns the client has gone: a
     * write to a closed connection fails, and the stream is then closed as if it had ended.
     */
    void keepAlive() {
        write(": keep-alive\n\n");
    }

    /** Runs {@code action} once when the stream ends, normally or because the client left; at once if it has. */
    void onClose(Runnable action) {
        onClose.add(action);
        if (terminated() && onClose.remove(action)) {
            action.run();
        }
    }

    synchronized boolean terminated() {
        return ended;
    }

    /** Ends the stream: the request thread returns and Javalin completes the response. */
    void close() {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        for (Runnable action : onClose) {
            if (onClose.remove(action)) {
                action.run();
            }
        }
        closed.countDown();
    }

    /**
     * Waits on the request thread until the stream ends. An interrupt (the server stopping) ends it too.
     */
    void awaitClosed() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    private void write(String frame) {
        if (!writeFrame(frame)) {
            close(); // outside the lock: the close callbacks cancel the model call, whose thread may be waiting here
        }
    }

    /** False when the client has gone (or the response is no longer writable): nothing more can reach it. */
    private synchronized boolean writeFrame(String frame) {
        if (ended) {
            return true;
        }
        try {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
