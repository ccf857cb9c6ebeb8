package dev.rehearse.bench;

import dev.rehearse.bench.load.ApiCalls;
import dev.rehearse.bench.load.ClosedLoop;
import dev.rehearse.bench.load.LoadInputs;
import dev.rehearse.bench.load.ModelStub;
import dev.rehearse.bench.load.ProcessMemory;
import dev.rehearse.bench.load.Report;
import dev.rehearse.bench.load.RequestStats;
import dev.rehearse.bench.load.ServerProcess;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The real server under load, on loopback, in its own JVM (as {@code rehearse serve} runs it), with its resident
 * memory read from /proc while it works:
 * <ul>
 *   <li>A: {@code clients} users at once, each alternating search and offline critique with no pause, for
 *   {@code duration} seconds;</li>
 *   <li>B: {@code asks} users at once, each sending streamed asks ({@code POST /api/ask}, Server-Sent Events)
 *   to a server whose model (WireMock in this JVM) streams each answer in {@code chunks} parts,
 *   {@code chunkMillis} apart.</li>
 * </ul>
 * Each scenario gets a fresh server, waits for its spelling check to load, and runs {@code warmup} seconds of
 * the same load before the measured window. Not a test: run it with the command in docs/benchmarks.md.
 *
 * <p>Arguments, all optional, as {@code name=value}: {@code duration=60 warmup=10 clients=50 asks=100 chunks=20
 * chunkMillis=50 scenarios=ab serverJvm=-Xmx320m} ({@code serverJvm}: the server's JVM options separated by commas,
 * {@code none} for the JVM's defaults). With {@code url=http://127.0.0.1:PORT/ pid=PID} the scenarios run against a
 * server started by hand instead (e.g. by the README's Maven command), one scenario at a time; for B that server
 * must use the model this driver starts on {@code modelPort=PORT}. Exits with status 1 when any request failed.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int duration = Integer.parseInt(opts.getOrDefault("duration", "60"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "50"));
        int asks = Integer.parseInt(opts.getOrDefault("asks", "100"));
        int chunks = Integer.parseInt(opts.getOrDefault("chunks", "20"));
        int chunkMillis = Integer.parseInt(opts.getOrDefault("chunkMillis", "50"));
        String scenarios = opts.getOrDefault("scenarios", "ab");
        List<String> serverJvm = ServerProcess.jvmOptions(opts.getOrDefault("serverJvm", ServerProcess.RECOMMENDED_JVM));

        Launch launch = opts.containsKey("url")
                ? new Launch(serverJvm, opts.get("url"), Long.parseLong(opts.getOrDefault("pid", "-1")),
                        Integer.parseInt(opts.getOrDefault("modelPort", "0")))
                : new Launch(serverJvm, null, -1, 0);

        Report.machine();
        HttpClient http = ApiCalls.client();
        int errors = 0;
        if (scenarios.contains("a")) {
            errors += searchAndCritique(http, launch, clients, warmup, duration);
        }
        if (scenarios.contains("b")) {
            errors += streamedAsks(http, launch, asks, chunks, chunkMillis, warmup, duration);
        }
        System.out.printf(Locale.ROOT, "%nerrors in all measured windows: %d%n", errors);
        // WireMock's and the HTTP client's threads would otherwise keep the JVM up for a while
        System.exit(errors == 0 ? 0 : 1);
    }

    /**
     * Where the server comes from: started here with {@code jvm}, or (with {@code url}) started by hand, its memory
     * read from {@code pid}; a server started by hand for scenario B must use the model on {@code modelPort}.
     */
    private record Launch(List<String> jvm, String url, long pid, int modelPort) {
        ServerProcess server(Map<String, String> env) throws Exception {
            if (url == null) {
                return ServerProcess.start(jvm, env);
            }
            if (pid <= 0) {
                throw new IllegalArgumentException("with url=, give the server's process id as pid= so its memory can be read");
            }
            return ServerProcess.attach(url, pid);
        }
    }

    private static int searchAndCritique(HttpClient http, Launch launch, int clients, int warmup, int duration)
            throws Exception {
        System.out.printf(Locale.ROOT, "%n== Scenario A: %d clients, search and offline critique alternating, %d s (after %d s warm-up)%n",
                clients, duration, warmup);
        try (ServerProcess server = launch.server(Map.of("REHEARSE_LLM", "none"))) {
            ready(server, http);
            ApiCalls api = new ApiCalls(http, server.url());
            RequestStats[] warm = {new RequestStats("search"), new RequestStats("critique (offline)")};
            ClosedLoop.run(clients, Duration.ofSeconds(warmup), (c, n) -> mixed(api, c, n, warm, 1_000_000), warm[0]);
            warmUpErrors(warm);
            server.resetPeaks();
            RequestStats[] stats = {new RequestStats("search"), new RequestStats("critique (offline)")};
            Duration took = ClosedLoop.run(clients, Duration.ofSeconds(duration), (c, n) -> mixed(api, c, n, stats, 0), stats[0]);
            System.out.printf(Locale.ROOT, "measured window: %.1f s%n", took.toNanos() / 1e9);
            Report.throughputTable(List.of(stats), took);
            Report.cpu(server, stats[0].requests() + stats[1].requests(), took);
            Report.server(server);
            return stats[0].errorCount() + stats[1].errorCount();
        }
    }

    /** Half the requests search, half critique; each client starts on a different one, so both run all the time. */
    private static void mixed(ApiCalls api, int client, int n, RequestStats[] stats, int offset) {
        int seq = offset + client * 10_000 + n;
        if ((client + n) % 2 == 0) {
            api.search(LoadInputs.query(client * 7 + n), 10, stats[0]);
        } else {
            int template = (client + n / 2) % LoadInputs.templates();
            api.critique(LoadInputs.question(template), LoadInputs.draft(template, seq), false, stats[1]);
        }
    }

    private static int streamedAsks(HttpClient http, Launch launch, int asks, int chunks, int chunkMillis,
                                    int warmup, int duration) throws Exception {
        System.out.printf(Locale.ROOT, "%n== Scenario B: %d clients, streamed asks, model streams %d parts %d ms apart, %d s"
                + " (after %d s warm-up)%n", asks, chunks, chunkMillis, duration, warmup);
        try (ModelStub model = ModelStub.start(chunks, chunkMillis, asks + 40, launch.modelPort())) {
            Map<String, String> env = new HashMap<>(model.serverEnv());
            env.put("REHEARSE_LLM_TIMEOUT", "30");
            try (ServerProcess server = launch.server(env)) {
                ready(server, http);
                ApiCalls api = new ApiCalls(http, server.url());
                RequestStats warm = new RequestStats("ask (streamed)");
                ClosedLoop.run(asks, Duration.ofSeconds(warmup), (c, n) -> api.streamedAsk(askQuestion(c, n), warm), warm);
                warmUpErrors(warm);
                server.resetPeaks();
                RequestStats stats = new RequestStats("ask (streamed)");
                Duration took = ClosedLoop.run(asks, Duration.ofSeconds(duration), (c, n) -> api.streamedAsk(askQuestion(c, n), stats), stats);
                System.out.printf(Locale.ROOT, "measured window: %.1f s; the model alone takes %d ms per answer%n",
                        took.toNanos() / 1e9, chunks * chunkMillis);
                Report.throughputTable(List.of(stats), took);
                Report.cpu(server, stats.requests(), took);
                Report.server(server);
                return stats.errorCount();
            }
        }
    }

    private static String askQuestion(int client, int n) {
        int i = client * 13 + n;
        return i % 3 == 0 ? LoadInputs.question(i) : "What do my notes say about " + LoadInputs.query(i) + "?";
    }

    private static void ready(ServerProcess server, HttpClient http) throws Exception {
        ProcessMemory started = server.memory();
        Duration language = server.awaitLanguageReady(http, Duration.ofMinutes(3));
        ProcessMemory idle = server.memory();
        System.out.printf(Locale.ROOT, "server %s: ready in %.1f s (index built), %.0f MB resident; spelling check ready %.1f s"
                        + " later, %.0f MB resident; %s; load average %.2f%n", server.url(), server.startup().toMillis() / 1e3,
                started.rssMb(), language.toMillis() / 1e3, idle.rssMb(), server.jvmOptionsText(), ProcessMemory.loadAverage());
    }

    private static void warmUpErrors(RequestStats... warm) {
        for (RequestStats s : warm) {
            if (s.errorCount() > 0) {
                System.out.printf(Locale.ROOT, "warm-up: %d of %d %s requests failed: %s%n", s.errorCount(), s.requests(),
                        s.name(), s.errors());
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("arguments are name=value, got " + a);
            }
            out.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return out;
    }
}
