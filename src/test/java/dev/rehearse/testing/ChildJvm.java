package dev.rehearse.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A main class of the test classpath run in a separate JVM, so a test can kill it with SIGKILL
 * ({@link #kill()}) and look at what it left behind. Its stdout is read line by line as it arrives; stderr goes
 * to a file so a failing test can show it. Reusable for any main, the server's included.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>(); // guarded by itself
    private boolean ended; // the child closed its stdout; guarded by lines
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
        List<String> command = command(List.of("-Xmx256m"), mainClass, args);
        Path stderr = Files.createTempFile("child-jvm-", ".stderr");
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new ChildJvm(p, stderr);
    }

    /**
     * Starts {@code java jvmOptions… -cp <this test classpath> mainClass args…} in {@code workingDir}. The child's
     * environment is this process's without any {@code REHEARSE_}, {@code OPENAI_} or {@code ANTHROPIC_} variable,
     * plus {@code env}: a developer's own settings must not change what a benchmark or test runs against.
     */
    public static ChildJvm start(Path workingDir, List<String> jvmOptions, Map<String, String> env, Class<?> mainClass,
                                 List<String> args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, mainClass, args)).directory(workingDir.toFile());
        builder.environment().keySet().removeIf(name ->
                name.startsWith("REHEARSE_") || name.startsWith("OPENAI_") || name.startsWith("ANTHROPIC_"));
        builder.environment().putAll(env);
        Path stderr = Files.createTempFile("child-jvm-", ".stderr");
        Process p = builder.redirectError(stderr.toFile()).start();
        return new ChildJvm(p, stderr);
    }

    private static List<String> command(List<String> jvmOptions, Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        // absolute entries, so a child started in another working folder finds the same classes
        command.add(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(mainClass.getName());
        command.addAll(args);
        return command;
    }

    /** The operating system's process id, e.g. to read {@code /proc/<pid>/status}. */
    public long pid() {
        return process.pid();
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
        } finally {
            // wake a waiter at once: no more lines will come
            synchronized (lines) {
                ended = true;
                lines.notifyAll();
            }
        }
    }

    /**
     * Waits until {@code count} lines matching {@code which} have been printed; fails after {@code quiet} (what it
     * takes on a quiet machine) stretched by {@link Patience}.
     */
    public List<String> awaitLines(Predicate<String> which, int count, Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + Patience.of(quiet).toNanos();
        synchronized (lines) {
            while (true) {
                List<String> matching = lines.stream().filter(which).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
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

    /** Waits for a normal exit, up to {@code quiet} stretched by {@link Patience}, and returns the exit code. */
    public int waitForExit(Duration quiet) throws InterruptedException {
        Duration timeout = Patience.of(quiet);
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
