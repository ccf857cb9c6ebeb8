package dev.rehearse.llm.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A server-sent-event body with a ceiling on one line and on one event. LangChain4j's parser reads
 * lines with a {@code BufferedReader} and gathers an event's data in a {@code StringBuilder}, both
 * without limit: a server that sends a 200 MB {@code data:} line with no newline would fill the heap
 * and kill the reader thread, and the call would never end. Past a ceiling this stream fails the read
 * instead, and the call ends as a failure.
 */
final class CappedEventStream extends FilterInputStream {

    /** Far above any real chunk: a token or a tool call is a few hundred bytes, a whole answer tens of KB. */
    static final int MAX_LINE_BYTES = 256 * 1024;
    static final int MAX_EVENT_BYTES = 1024 * 1024;

    private final int maxLine;
    private final int maxEvent;
    private int line;
    private int event;
    private boolean lineHasContent;

    CappedEventStream(InputStream in) {
        this(in, MAX_LINE_BYTES, MAX_EVENT_BYTES);
    }

    CappedEventStream(InputStream in, int maxLine, int maxEvent) {
        super(in);
        this.maxLine = maxLine;
        this.maxEvent = maxEvent;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = 0; i < n; i++) {
            count(buffer[off + i]);
        }
        return n;
    }

    private void count(byte b) throws TooLarge {
        if (b == '\n') {
            // a blank line (only "\r" or nothing before the newline) ends the event
            if (!lineHasContent) {
                event = 0;
            }
            line = 0;
            lineHasContent = false;
            return;
        }
        if (b != '\r') {
            lineHasContent = true;
        }
        if (++line > maxLine) {
            throw new TooLarge("a line of the stream passed " + maxLine / 1024 + " KB");
        }
        if (++event > maxEvent) {
            throw new TooLarge("an event of the stream passed " + maxEvent / 1024 + " KB");
        }
    }

    /** Raised from a read, so the parser reports it as a failed read. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
