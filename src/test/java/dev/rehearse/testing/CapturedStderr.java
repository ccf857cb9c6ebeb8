package dev.rehearse.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything written to {@code System.err} while open, still passed on to the real stderr. slf4j-simple looks
 * up {@code System.err} on every line (its default, uncached output), so this captures the application's log
 * in the test's own JVM.
 *
 * <p>One tee is installed on {@code System.err} for the rest of the JVM and every open capture listens to it;
 * closing a capture stops its listening and never puts a stream back. Swapping {@code System.err} per capture
 * lost lines: a capture that restored "its" original when closed unhooked whichever capture had been opened
 * after it, which then counted nothing of what the log went on printing. If something else replaces
 * {@code System.err} after the tee, the next capture tees the new stream.
 */
public final class CapturedStderr implements AutoCloseable {

    private static final List<CapturedStderr> OPEN = new CopyOnWriteArrayList<>();
    private static PrintStream tee;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private CapturedStderr() {
    }

    public static CapturedStderr start() {
        CapturedStderr capture = new CapturedStderr();
        synchronized (CapturedStderr.class) {
            if (System.err != tee) {
                tee = new PrintStream(new Tee(System.err), true, StandardCharsets.UTF_8);
                System.setErr(tee);
            }
            OPEN.add(capture);
        }
        return capture;
    }

    /** The lines written so far. */
    public List<String> lines() {
        String text;
        synchronized (captured) {
            text = captured.toString(StandardCharsets.UTF_8);
        }
        return text.lines().toList();
    }

    /** The lines written so far that contain {@code fragment}. */
    public List<String> linesContaining(String fragment) {
        return lines().stream().filter(l -> l.contains(fragment)).toList();
    }

    @Override
    public void close() {
        System.err.flush();
        OPEN.remove(this);
    }

    private void append(byte[] b, int off, int len) {
        synchronized (captured) {
            captured.write(b, off, len);
        }
    }

    /** Passes every byte on to the stream it replaced and to each open capture. */
    private static final class Tee extends OutputStream {

        private final PrintStream original;

        Tee(PrintStream original) {
            this.original = original;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (CapturedStderr capture : OPEN) {
                capture.append(b, off, len);
            }
            original.write(b, off, len);
        }

        @Override
        public void flush() {
            original.flush();
        }
    }
}
