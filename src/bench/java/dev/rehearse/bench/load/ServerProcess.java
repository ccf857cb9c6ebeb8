package dev.rehearse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.Main;
import dev.rehearse.testing.ChildJvm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real server, as {@code rehearse serve} runs it, in its own JVM: a port of its choosing on 127.0.0.1, the
 * repository's {@code knowledge/} folder read in place, derived data (index, database) in a fresh temporary
 * folder, the environment given and nothing else of the developer's. Its memory is sampled while it runs.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * The heap limit the README's run command sets, so the benchmarks measure the server users run. Without it
     * the JVM may grow the heap to a quarter of the machine's memory, and the resident set follows.
     */
    public static final String RECOMMENDED_JVM = "-Xmx320m";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READY_LINE = "Rehearse is running at ";

    private final ChildJvm jvm; // null when attached to a server started elsewhere
    private final long pid;
    private final Path dataDir;
    private final String url;
    private final Duration startup;
    private final List<String> jvmOptions;
    private final Thread sampler;
    private volatile long maxRssKb;
    private volatile int maxThreads;
    private volatile double maxLoad;
    private volatile double minLoad = Double.MAX_VALUE;
    private volatile Duration serverCpuAtReset = Duration.ZERO;
    private volatile Duration driverCpuAtReset = Duration.ZERO;

    private ServerProcess(ChildJvm jvm, long pid, Path dataDir, String url, Duration startup, List<String> jvmOptions) {
        this.jvm = jvm;
        this.pid = pid;
        this.dataDir = dataDir;
        this.url = url;
        this.startup = startup;
        this.jvmOptions = jvmOptions;
        this.sampler = new Thread(this::sample, "server-memory-sampler");
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    /**
     * Starts {@code Main serve} and returns once it prints the address it serves on.
     *
     * @param jvmOptions options for the server's JVM (heap flags); empty for the JVM's defaults
     * @param env        the server's settings ({@code REHEARSE_LLM}, {@code OPENAI_BASE_URL}, ...)
     */
    public static ServerProcess start(List<String> jvmOptions, Map<String, String> env) throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("rehearse-load-");
        Path knowledge = Path.of("knowledge").toAbsolutePath();
        if (!Files.isDirectory(knowledge)) {
            throw new IllegalStateException("run from the project folder: no knowledge/ folder in " + Path.of("").toAbsolutePath());
        }
        long t0 = System.nanoTime();
        ChildJvm jvm = ChildJvm.start(dataDir, jvmOptions, env, Main.class, List.of("serve", "--port", "0",
                "--knowledge", knowledge.toString(), "--data-dir", dataDir.toString()));
        String line = jvm.awaitLines(l -> l.startsWith(READY_LINE), 1, Duration.ofMinutes(3)).get(0);
        String url = line.substring(READY_LINE.length()).split("\\s+")[0];
        return new ServerProcess(jvm, jvm.pid(), dataDir, url, Duration.ofNanos(System.nanoTime() - t0), List.copyOf(jvmOptions));
    }

    /**
     * A server started by hand (e.g. with the README's {@code mvn exec:java} command, whose JVM is Maven's), found at
     * {@code url}, its memory read from process {@code pid}. Closing it leaves it running.
     */
    public static ServerProcess attach(String url, long pid) {
        if (ProcessHandle.of(pid).isEmpty()) {
            throw new IllegalArgumentException("no process " + pid);
        }
        // the JVM's own options, e.g. a heap limit from MAVEN_OPTS; read from /proc, as the JDK's ProcessHandle
        // gives up on command lines as long as a Maven classpath
        List<String> options;
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            options = Arrays.stream(cmdline.split("\u0000")).filter(a -> a.startsWith("-X")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the command line of process " + pid + ": " + e.getMessage(), e);
        }
        return new ServerProcess(null, pid, null, url.endsWith("/") ? url : url + "/", Duration.ZERO,
                options.isEmpty() ? List.of() : options);
    }

    /** JVM options from a command-line argument: separated by commas, {@code none} for none. */
    public static List<String> jvmOptions(String argument) {
        return argument.isBlank() || argument.equals("none") ? List.of() : List.of(argument.split(","));
    }

    public String url() {
        return url;
    }

    public long pid() {
        return pid;
    }

    /** From the launch to the line saying the server is ready (index built, port open). */
    public Duration startup() {
        return startup;
    }

    public String jvmOptionsText() {
        return jvmOptions.isEmpty() ? "JVM defaults (no heap flags)" : String.join(" ", jvmOptions);
    }

    /**
     * Waits until {@code GET /api/config} says the spelling check is ready: until then critiques skip it and
     * would be measured faster than a user gets them.
     *
     * @return how long it took from this call
     */
    public Duration awaitLanguageReady(HttpClient http, Duration timeout) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "api/config")).GET().build();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode config = JSON.readTree(response.body());
            if (config.path("language").path("ready").asBoolean(false)) {
                return Duration.ofNanos(System.nanoTime() - t0);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the spelling check was not ready within " + timeout.toSeconds() + " s");
    }

    public ProcessMemory memory() {
        return ProcessMemory.of(pid());
    }

    /** The highest resident set seen by the sampler (every 100 ms) since the last {@link #resetPeaks()}. */
    public double sampledPeakRssMb() {
        return maxRssKb / 1024.0;
    }

    public int sampledPeakThreads() {
        return maxThreads;
    }

    /** The machine's one-minute load average, lowest and highest seen since the last reset. */
    public double minLoad() {
        return minLoad;
    }

    public double maxLoad() {
        return maxLoad;
    }

    /** CPU time the server and this driver used since the last {@link #resetPeaks()}. */
    public Duration serverCpuInWindow() {
        return cpu(pid).minus(serverCpuAtReset);
    }

    public Duration driverCpuInWindow() {
        return cpu(ProcessHandle.current().pid()).minus(driverCpuAtReset);
    }

    private static Duration cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** Starts a new window for the sampled peaks and CPU times (the kernel's VmHWM keeps counting from the start). */
    public void resetPeaks() {
        serverCpuAtReset = cpu(pid);
        driverCpuAtReset = cpu(ProcessHandle.current().pid());
        maxRssKb = 0;
        maxThreads = 0;
        maxLoad = 0;
        minLoad = Double.MAX_VALUE;
    }

    /** The server's stderr (its log), for a report when something failed. */
    public String log() {
        return jvm == null ? "(attached: see the server's own console)" : jvm.stderr();
    }

    private void sample() {
        int tick = 0;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                ProcessMemory m = ProcessMemory.of(pid());
                maxRssKb = Math.max(maxRssKb, m.rssKb());
                maxThreads = Math.max(maxThreads, m.threads());
                if (tick++ % 10 == 0) {
                    double load = ProcessMemory.loadAverage();
                    maxLoad = Math.max(maxLoad, load);
                    minLoad = Math.min(minLoad, load);
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (IllegalStateException e) {
                return; // the process is gone
            }
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        sampler.interrupt();
        if (jvm == null) {
            return;
        }
        jvm.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
