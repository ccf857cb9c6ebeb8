package dev.rehearse.bench;

import dev.rehearse.Main;
import dev.rehearse.bench.load.ProcessMemory;
import dev.rehearse.bench.load.Report;
import dev.rehearse.testing.ChildJvm;
import dev.rehearse.testing.FolderSnapshot;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up to ready with unchanged knowledge, the whole of it: {@code Main serve} in a fresh JVM (the README's heap
 * limit, a port of 127.0.0.1, a copy of the bundled knowledge, a data folder indexed by a first start), timed from
 * the launch until {@code GET /api/health} answers ok. In the same run, taking turns with it, a JVM with the same
 * options and classpath that only prints a line ({@link JvmStartProbe}) gives the cost of the JVM itself, so
 * "beyond JVM start" is the difference of the two medians. The server's own log lines (slf4j-simple stamps them to
 * the millisecond) show where the time goes. Not a test: figures are printed, never asserted.
 *
 * <p>Run it with the runtime classpath, the one {@code rehearse serve} has (the child JVMs inherit it):
 * <pre>
 * mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt \
 *   -DincludeScope=runtime \
 *   &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/runtime-classpath.txt) dev.rehearse.bench.StartupBenchmark
 * </pre>
 * Arguments, all optional, as {@code name=value}: {@code runs=5 jvm=-Xmx320m knowledge=knowledge}.
 */
public final class StartupBenchmark {

    private static final String JVM_START = "JVM start, CLI, settings, logging";
    /** The server's log lines that end each step, in order, and the step each one ends. */
    private static final Map<String, String> STEPS = stepsInOrder();
    private static final Pattern MODEL_LOADED = Pattern.compile(" - Embedding model \\S+ loaded in (\\d+) ms");
    private static final Pattern INDEX_READY = Pattern.compile("Index ready: (\\d+) passages .*; (\\d+) embedded in");

    private StartupBenchmark() {
    }

    private static Map<String, String> stepsInOrder() {
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put(" - Knowledge folder ", JVM_START);
        steps.put(" - Index ready: ", "index open (checksums) and sync of unchanged files");
        steps.put(" - Practice history in ", "watcher, coach and its rules, SQLite history");
        steps.put(" - Rehearse is ready at ", "wait for the model if still loading, Javalin start");
        return steps;
    }

    /**
     * @param threadCpuMs CPU time each kind of thread of the server had used when it answered ok (the kernel's
     *                    thread names, numbers dropped: "java" is the main thread, "C2 CompilerThre" the JIT, ...);
     *                    {@link #ENDED} holds what threads that had already ended used (the model loader's)
     */
    record Run(double readyMs, Map<String, Double> stepEndsMs, double modelLoadedAtMs, double modelLoadMs, int passages,
               int embedded, Map<String, Double> threadCpuMs) {

        double cpuMs() {
            return threadCpuMs.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        static final String ENDED = "(threads that ended)";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("arguments are name=value, got " + a);
            }
            opts.put(kv[0], kv[1]);
        }
        int runs = Integer.parseInt(opts.getOrDefault("runs", "5"));
        List<String> jvm = List.of(opts.getOrDefault("jvm", "-Xmx320m").split(","));
        Path bundled = Path.of(opts.getOrDefault("knowledge", "knowledge")).toAbsolutePath();
        if (!Files.isDirectory(bundled)) {
            throw new IllegalStateException("no knowledge folder at " + bundled + ": run from the project folder");
        }
        Report.machine();
        String classpath = System.getProperty("java.class.path");
        System.out.printf(Locale.ROOT, "child JVMs: %s, classpath of %d entries%s%n", String.join(" ", jvm),
                classpath.split(java.io.File.pathSeparator).length,
                classpath.contains("junit") ? " (includes test libraries: use the runtime classpath, see the class comment)" : "");
        double loadBefore = ProcessMemory.loadAverage();

        Path work = Files.createTempDirectory("rehearse-startup-");
        try {
            Path knowledge = work.resolve("knowledge");
            FolderSnapshot.copy(bundled, knowledge);
            Path data = work.resolve("data");
            Path home = Files.createDirectories(work.resolve("home")); // the working folder: no .env in it
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            List<String> serve = List.of("serve", "--host", "127.0.0.1", "--knowledge", knowledge.toString(),
                    "--data-dir", data.toString());

            Run first = startServer(http, home, jvm, serve);
            System.out.printf(Locale.ROOT, "first start (builds the index, not counted): ready in %.0f ms, %d passages, %d embedded%n",
                    first.readyMs(), first.passages(), first.embedded());
            jvmStart(home, jvm); // warms the file cache for the probe too; not counted

            List<Double> jvmStarts = new ArrayList<>();
            List<Run> starts = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                double probe = jvmStart(home, jvm);
                Run run = startServer(http, home, jvm, serve);
                if (run.embedded() != 0) {
                    throw new IllegalStateException("run " + i + " embedded " + run.embedded() + " passages: the knowledge changed");
                }
                jvmStarts.add(probe);
                starts.add(run);
                System.out.printf(Locale.ROOT, "run %d: JVM start %.0f ms; ready %.0f ms (steps %s), %.0f ms CPU; %d passages,"
                        + " 0 embedded%n", i, probe, run.readyMs(), steps(run), run.cpuMs(), run.passages());
            }
            double loadAfter = ProcessMemory.loadAverage();

            double jvmMedian = median(jvmStarts);
            double readyMedian = median(starts.stream().map(Run::readyMs).toList());
            System.out.printf(Locale.ROOT, "%nmedians of %d runs (load average %.2f before, %.2f after):%n", runs, loadBefore,
                    loadAfter);
            System.out.printf(Locale.ROOT, "  launch to GET /api/health ok: %.0f ms%n", readyMedian);
            System.out.printf(Locale.ROOT, "  JVM start (launch to main() of a trivial program): %.0f ms%n", jvmMedian);
            System.out.printf(Locale.ROOT, "  beyond JVM start: %.0f ms (target under 2,000 ms)%n", readyMedian - jvmMedian);
            System.out.println("where the time goes (median of each step, launch to the log line ending it):");
            double previous = 0;
            for (String step : STEPS.values()) {
                double end = median(starts.stream().map(r -> r.stepEndsMs().get(step)).toList());
                System.out.printf(Locale.ROOT, "  %-58s %6.0f ms%n", step, end - previous);
                previous = end;
            }
            System.out.printf(Locale.ROOT, "  %-58s %6.0f ms%n", "first answer to GET /api/health", readyMedian - previous);
            double firstStep = median(starts.stream().map(r -> r.stepEndsMs().get(JVM_START)).toList()) - jvmMedian;
            System.out.printf(Locale.ROOT, "  (the first step beyond the trivial JVM's start: %.0f ms)%n", firstStep);
            System.out.printf(Locale.ROOT, "embedding model, loading alongside from the first step: took %.0f ms, loaded %.0f ms after"
                    + " the launch%n", median(starts.stream().map(Run::modelLoadMs).toList()),
                    median(starts.stream().map(Run::modelLoadedAtMs).toList()));
            System.out.printf(Locale.ROOT, "CPU time the server had used when it answered ok (median): %.0f ms, by thread:%n",
                    median(starts.stream().map(Run::cpuMs).toList()));
            Map<String, Double> byThread = new HashMap<>();
            for (Run r : starts) {
                r.threadCpuMs().keySet().forEach(name -> byThread.put(name, median(starts.stream()
                        .map(x -> x.threadCpuMs().getOrDefault(name, 0.0)).toList())));
            }
            byThread.entrySet().stream().filter(e -> e.getValue() >= 30)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %-20s %6.0f ms%n",
                            e.getKey().equals("java") ? "java (main)" : e.getKey(), e.getValue()));
        } finally {
            deleteTree(work);
        }
    }

    /** Launch to the trivial program's line, in ms. */
    private static double jvmStart(Path home, List<String> jvm) throws Exception {
        long t0 = System.nanoTime();
        try (ChildJvm probe = ChildJvm.start(home, jvm, Map.of(), JvmStartProbe.class, List.of())) {
            probe.awaitLines(l -> l.equals("started"), 1, Duration.ofSeconds(60));
            long t1 = System.nanoTime();
            probe.waitForExit(Duration.ofSeconds(30));
            return (t1 - t0) / 1e6;
        }
    }

    /** Launch to the first {@code GET /api/health} answering ok, then a stop as by Ctrl+C. */
    private static Run startServer(HttpClient http, Path home, List<String> jvm, List<String> serve) throws Exception {
        return startServer(http, home, jvm, serve, Map.of());
    }

    /** The same with {@code env} added to the server's environment (an embedding model chosen, for instance). */
    static Run startServer(HttpClient http, Path home, List<String> jvm, List<String> serve, Map<String, String> env)
            throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(serve);
        args.addAll(List.of("--port", Integer.toString(port)));
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(10)).build();
        long launchWall = System.currentTimeMillis();
        long t0 = System.nanoTime();
        try (ChildJvm server = ChildJvm.start(home, jvm, env, Main.class, args)) {
            long deadline = t0 + Duration.ofMinutes(3).toNanos();
            while (!ok(http, health)) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server did not answer ok; its log:\n" + server.stderr());
                }
                Thread.sleep(5);
            }
            double readyMs = (System.nanoTime() - t0) / 1e6;
            Map<String, Double> cpu = threadCpuMs(server.pid());
            server.terminate(Duration.ofSeconds(30));
            return parse(server.stderr(), launchWall, readyMs, cpu);
        }
    }

    private static boolean ok(HttpClient http, HttpRequest health) {
        try {
            HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"status\":\"ok\"");
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** When each step's log line was written, in ms after the launch; checks that nothing was embedded. */
    private static Run parse(String log, long launchWall, double readyMs, Map<String, Double> cpu) {
        LocalTime launch = LocalTime.ofInstant(Instant.ofEpochMilli(launchWall), ZoneId.systemDefault());
        long launchOfDay = launch.toNanoOfDay() / 1_000_000;
        Map<String, Double> ends = new HashMap<>();
        int passages = -1;
        int embedded = -1;
        double modelLoadedAt = Double.NaN;
        double modelLoad = Double.NaN;
        for (String line : log.split("\n")) {
            for (Map.Entry<String, String> step : STEPS.entrySet()) {
                if (line.contains(step.getKey()) && !ends.containsKey(step.getValue())) {
                    ends.put(step.getValue(), sinceLaunch(line, launchOfDay));
                }
            }
            Matcher model = MODEL_LOADED.matcher(line);
            if (model.find()) {
                modelLoadedAt = sinceLaunch(line, launchOfDay);
                modelLoad = Double.parseDouble(model.group(1));
            }
            Matcher m = INDEX_READY.matcher(line);
            if (m.find()) {
                passages = Integer.parseInt(m.group(1));
                embedded = Integer.parseInt(m.group(2));
            }
        }
        if (ends.size() != STEPS.size()) {
            throw new IllegalStateException("the server's log lacks a step (" + ends.keySet() + "):\n" + log);
        }
        return new Run(readyMs, ends, modelLoadedAt, modelLoad, passages, embedded, cpu);
    }

    /** Milliseconds from the launch to the time stamp that starts a log line (HH:mm:ss.SSS, local time). */
    private static double sinceLaunch(String line, long launchOfDay) {
        long ofDay = LocalTime.parse(line.substring(0, 12)).toNanoOfDay() / 1_000_000;
        long day = 24L * 3600 * 1000;
        return (ofDay - launchOfDay + day) % day;
    }

    /**
     * CPU time (user + system) per kind of thread of process {@code pid}, from {@code /proc/PID/task/TID/stat}, whose
     * times are in clock ticks of 1/100 s on Linux.
     */
    private static Map<String, Double> threadCpuMs(long pid) throws IOException {
        Map<String, Double> byName = new HashMap<>();
        double process = cpuMs(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[#\\d]+$", "").strip();
                byName.merge(name, cpuMs(stat), Double::sum);
            }
        }
        // the process's own figure also counts the threads that have ended
        byName.put(Run.ENDED, Math.max(0, process - byName.values().stream().mapToDouble(Double::doubleValue).sum()));
        return byName;
    }

    /** User plus system time of a {@code stat} line of /proc, in ms (fields 14 and 15, in ticks of 10 ms). */
    private static double cpuMs(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    }

    private static String steps(Run run) {
        StringBuilder text = new StringBuilder();
        double previous = 0;
        for (String step : STEPS.values()) {
            double end = run.stepEndsMs().get(step);
            text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", end - previous));
            previous = end;
        }
        return text.append(String.format(Locale.ROOT, ", %.0f ms", run.readyMs() - previous)).toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
