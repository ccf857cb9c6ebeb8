package dev.rehearse.bench;

import dev.rehearse.bench.load.ApiCalls;
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
 * What one user waits for, per request type, on the bundled knowledge, against the real server in its own JVM
 * (as {@code rehearse serve} runs it, spelling check loaded): search, offline critique, critique with a model
 * that answers at once, and the time to the first token of a streamed ask from that model. One client, one
 * request at a time; the four types take turns round by round, so load from other processes hits them alike.
 * The model is WireMock in this JVM speaking OpenAI's streaming format: what it adds is loopback and WireMock.
 * Not a test: run it with the command in docs/benchmarks.md.
 *
 * <p>Arguments, all optional, as {@code name=value}: {@code warmup=100 rounds=400 serverJvm=-Xmx320m}.
 */
public final class EndToEndBenchmark {

    private EndToEndBenchmark() {
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
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "100"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "400"));
        List<String> serverJvm = ServerProcess.jvmOptions(opts.getOrDefault("serverJvm", ServerProcess.RECOMMENDED_JVM));

        Report.machine();
        HttpClient http = ApiCalls.client();
        int errors;
        try (ModelStub model = ModelStub.start(0, 0, 16);
             ServerProcess offline = ServerProcess.start(serverJvm, Map.of("REHEARSE_LLM", "none"));
             ServerProcess withModel = ServerProcess.start(serverJvm, model.serverEnv())) {
            for (ServerProcess server : List.of(offline, withModel)) {
                Duration language = server.awaitLanguageReady(http, Duration.ofMinutes(3));
                System.out.printf(Locale.ROOT, "server %s (%s): ready in %.1f s, spelling check %.1f s later%n", server.url(),
                        server.jvmOptionsText(), server.startup().toMillis() / 1e3, language.toMillis() / 1e3);
            }
            ApiCalls offlineApi = new ApiCalls(http, offline.url());
            ApiCalls modelApi = new ApiCalls(http, withModel.url());
            Round warm = new Round();
            for (int i = 0; i < warmup; i++) {
                warm.run(offlineApi, modelApi, 1_000_000 + i);
            }
            double loadBefore = ProcessMemory.loadAverage();
            Round measured = new Round();
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                measured.run(offlineApi, modelApi, i);
            }
            System.out.printf(Locale.ROOT, "%d warm-up and %d measured rounds in %.1f s; load average (1 min) %.2f before,"
                            + " %.2f after%n", warmup, rounds, (System.nanoTime() - t0) / 1e9, loadBefore, ProcessMemory.loadAverage());
            Report.latencyTable(measured.all());
            errors = measured.all().stream().mapToInt(RequestStats::errorCount).sum()
                    + warm.all().stream().mapToInt(RequestStats::errorCount).sum();
            if (warm.all().stream().anyMatch(s -> s.errorCount() > 0)) {
                System.out.println("errors in the warm-up:");
                Report.latencyTable(warm.all());
            }
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    /** The four request types, one of each per round, each on its own input. */
    private static final class Round {
        final RequestStats search = new RequestStats("search (hybrid, k=10)");
        final RequestStats offline = new RequestStats("critique, offline");
        final RequestStats withModel = new RequestStats("critique with a zero-delay model");
        final RequestStats ask = new RequestStats("ask, first token (zero-delay model)");

        void run(ApiCalls offlineApi, ApiCalls modelApi, int i) {
            offlineApi.search(LoadInputs.query(i), 10, search);
            int template = i % LoadInputs.templates();
            offlineApi.critique(LoadInputs.question(template), LoadInputs.draft(template, i), false, offline);
            int other = (i + 2) % LoadInputs.templates();
            modelApi.critique(LoadInputs.question(other), LoadInputs.draft(other, 500_000 + i), true, withModel);
            modelApi.streamedAsk("What do my notes say about " + LoadInputs.query(i + 7) + "?", ask);
        }

        List<RequestStats> all() {
            return List.of(search, offline, withModel, ask);
        }
    }
}
