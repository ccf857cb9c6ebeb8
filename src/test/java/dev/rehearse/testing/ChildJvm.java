package dev.rehearse.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A main class of the test classpath run in a separate JVM, so a test can kill it with SIGKILL
 * ({@link #kill()}) and look at what it left behind. Its stdout is read line by line as it arrives; stderr goes
 * to a file so a failing test can show it. Reusable for any main, the server's included.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>(); // guarded by itself
    private final Path stderr;
    private final Writer stdin;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.reader = new Thread(this::readStdout, "child-jvm-stdout");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Starts {@code java -cp <this test classpath> mainClass args…} with the JVM running the tests. */
    public static ChildJvm start(Class<?> mainClass, List<String> args) throws IOException {
        return start(mainClass, args, java.util.Map.of(), null, "256m");
    }

    /**
     * As {@link #start(Class, List)}, with variables added to the child's environment, a working folder (null: this
     * one) and a maximum heap ({@code -Xmx}).
     */
    public static ChildJvm start(Class<?> mainClass, List<String> args, java.util.Map<String, String> env, Path workDir,
                                 String maxHeap) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        Path stderr = Files.createTempFile("child-jvm-", ".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().putAll(env);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        return new ChildJvm(builder.start(), stderr);
    }

    private void readStdout() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The pipe broke because the process died: every line written before that has been read.
        }
    }

    /** Waits until {@code count} lines matching {@code which} have been printed; fails after {@code timeout}. */
    public List<String> awaitLines(Predicate<String> which, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                List<String> matching = lines.stream().filter(which).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    throw new AssertionError("child printed " + matching.size() + " of " + count + " expected lines; alive="
                            + process.isAlive() + "; stdout so far " + lines + "; stderr: " + stderr());
                }
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Every line the child printed so far (after {@link #kill()} or exit: every line it ever printed). */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, no flush. Returns once the process is gone and its output read. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
    }

    /** SIGTERM: shutdown hooks run, as when the user presses Ctrl+C. Returns the exit code. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return waitForExit(timeout);
    }

    /** Waits for a normal exit and returns the exit code. */
    public int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child did not exit within " + timeout + "; stderr: " + stderr());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    public String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException ignored) {
            // A temp file left behind is harmless.
        }
    }
}
