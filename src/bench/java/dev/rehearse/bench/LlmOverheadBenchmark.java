package dev.rehearse.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.RehearseApp;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.http.LlmController;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.llm.retrieval.RetrievalPlan;
import dev.rehearse.llm.support.Coaches;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.llm.support.RecordingListener;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server's own overhead on a model call, over a WireMock model that answers at once.
 *
 * <p>For each task the same client measures three paths in the same run: straight to the model
 * (the baseline: WireMock, loopback and the JDK client), through the {@link LlmCoach} API, and
 * through the HTTP routes on Javalin. What the coach and the routes add is their time minus the
 * baseline. Ask: time to the first streamed token. Critique: time to the checked result (and to
 * the first summary token). Not a test: run it by hand, see docs/benchmarks.md.
 *
 * <p>Usage: {@code LlmOverheadBenchmark [warmup] [iterations]}, defaults 300 and 1000.
 */
public final class LlmOverheadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "How does TheyDo tie customer journeys to business outcomes?";

    private LlmOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        KnowledgeIndex kb = BundledKnowledge.index();
        String critiqueJson = Drafts.resource("/llm/critique-paypal.json");
        // a realistic stream: the critique in ~4-character tokens, the answer in 40 tokens
        String critiqueStream = OpenAiWire.stream(Drafts.pieces(critiqueJson, 4));
        String askStream = OpenAiWire.stream(Drafts.pieces(
                "TheyDo ties journeys to outcomes through metrics such as NPS, CSAT and CES, and through goals "
                        + "such as retention or time to resolution [1]. Reliable metric ingestion keeps those cards "
                        + "trustworthy [3], which is where a data engineer's work shows.", 6));

        WireMockServer model = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(16).disableRequestJournal());
        model.start();
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing("Critique this draft"))
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(critiqueStream)));
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(2)
                .willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(askStream)));
        String modelUrl = "http://127.0.0.1:" + model.port() + "/v1";

        LlmCoach coach = Coaches.openAi(modelUrl, kb, "REHEARSE_LLM_TIMEOUT", "30");
        // the routes run the real offline coach (spelling check off) before the model, as serve does: its time is
        // part of the HTTP critique rows, and not of the LlmCoach rows
        // the service keeps its mock interviews beside a history, so it gets one of its own in a temporary folder
        AttemptStore history = AttemptStore.inDataDir(Files.createTempDirectory("rehearse-llm-overhead-"));
        LlmController routes = new LlmController(RehearseApp.service(kb,
                LanguageChecker.disabled(EnglishVariant.BRITISH, "not measured here"), coach.settings(), Optional.of(coach), history));
        Javalin app = Javalin.create(config -> routes.routes(config.routes)).start("127.0.0.1", 0);
        String appUrl = "http://127.0.0.1:" + app.port();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        // the baseline sends what the coach sends: bodies of realistic size, streamed
        String askBody = modelBody(http, modelUrl, QUESTION, false);
        String critiqueBody = modelBody(http, modelUrl, "Critique this draft. " + Drafts.PAYPAL_DRAFT, true);
        String askRequest = JSON.writeValueAsString(Map.of("question", QUESTION));
        String critiqueRequest = JSON.writeValueAsString(Map.of("question", Drafts.PAYPAL_QUESTION, "draft", Drafts.PAYPAL_DRAFT));

        Measure[] measures = {
            new Measure("ask: model alone, first token", () -> untilLine(http, modelUrl + "/chat/completions", askBody, "data: {", false)),
            new Measure("ask: LlmCoach, first token", () -> askFirstToken(coach)),
            new Measure("ask: HTTP SSE, first token", () -> untilLine(http, appUrl + "/api/ask", askRequest, "event: token", true)),
            new Measure("critique: model alone, whole stream", () -> untilEnd(http, modelUrl + "/chat/completions", critiqueBody, false)),
            new Measure("critique: LlmCoach, checked result", () -> critiqueResult(coach)),
            new Measure("critique: LlmCoach, first summary token", () -> critiqueFirstToken(coach)),
            new Measure("critique: HTTP SSE, result event", () -> untilEnd(http, appUrl + "/api/critique/stream", critiqueRequest, true)),
            new Measure("part of it: ask retrieval", () -> retrieval(kb, RetrievalPlan.ASK, QUESTION, "")),
            new Measure("part of it: critique retrieval", () -> retrieval(kb, RetrievalPlan.CRITIQUE,
                    Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT)),
        };
        for (int i = 0; i < warmup; i++) {
            for (Measure m : measures) {
                m.once();
            }
        }
        for (Measure m : measures) {
            m.samples = new long[iterations];
        }
        // interleaved, so drift on a shared machine hits every path alike
        for (int i = 0; i < iterations; i++) {
            for (Measure m : measures) {
                m.samples[i] = m.once();
            }
        }

        System.out.printf(Locale.ROOT, "%d warm-up and %d measured rounds; %d cores; %s %s%n", warmup, iterations,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-42s %9s %9s%n", "path", "p50 ms", "p99 ms");
        for (Measure m : measures) {
            System.out.printf(Locale.ROOT, "%-42s %9.2f %9.2f%n", m.name, m.p(50), m.p(99));
        }
        System.out.printf(Locale.ROOT, "%nadded at p50: ask coach %.2f ms, ask HTTP %.2f ms; critique coach %.2f ms, critique HTTP %.2f ms%n",
                measures[1].p(50) - measures[0].p(50), measures[2].p(50) - measures[0].p(50),
                measures[4].p(50) - measures[3].p(50), measures[6].p(50) - measures[3].p(50));
        System.out.printf(Locale.ROOT, "of which retrieval at p50: ask %.2f ms, critique %.2f ms%n",
                measures[7].p(50), measures[8].p(50));
        System.out.printf(Locale.ROOT, "added at p99: ask coach %.2f ms, ask HTTP %.2f ms; critique coach %.2f ms, critique HTTP %.2f ms%n",
                measures[1].p(99) - measures[0].p(99), measures[2].p(99) - measures[0].p(99),
                measures[4].p(99) - measures[3].p(99), measures[6].p(99) - measures[3].p(99));

        app.stop();
        routes.close();
        coach.close();
        model.stop();
        // Javalin's async pool (used for SSE) keeps a non-daemon thread alive for a minute after stop
        System.exit(0);
    }

    private static final class Measure {
        final String name;
        final Timed timed;
        long[] samples;

        Measure(String name, Timed timed) {
            this.name = name;
            this.timed = timed;
        }

        long once() throws Exception {
            return timed.nanos();
        }

        double p(int percentile) {
            long[] sorted = samples.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    @FunctionalInterface
    private interface Timed {
        long nanos() throws Exception;
    }

    private static long askFirstToken(LlmCoach coach) throws Exception {
        RecordingListener<LlmAnswer> listener = new RecordingListener<>();
        long start = System.nanoTime();
        coach.ask(QUESTION, listener);
        if (!listener.awaitFirstToken(10_000)) {
            throw new IllegalStateException("no token");
        }
        long elapsed = System.nanoTime() - start;
        listener.await();
        return elapsed;
    }

    private static long critiqueFirstToken(LlmCoach coach) throws Exception {
        RecordingListener<LlmCritique> listener = new RecordingListener<>();
        long start = System.nanoTime();
        coach.critique(Drafts.paypal(), listener);
        if (!listener.awaitFirstToken(10_000)) {
            throw new IllegalStateException("no token");
        }
        long elapsed = System.nanoTime() - start;
        listener.await();
        return elapsed;
    }

    private static long retrieval(KnowledgeIndex index, RetrievalPlan plan, String question, String draft) {
        long start = System.nanoTime();
        int n = plan.run(PassageSearch.withoutSnippets(index), question, draft).size();
        long elapsed = System.nanoTime() - start;
        if (n == 0) {
            throw new IllegalStateException("nothing retrieved");
        }
        return elapsed;
    }

    private static long critiqueResult(LlmCoach coach) {
        long start = System.nanoTime();
        LlmOutcome<LlmCritique> outcome = coach.critique(Drafts.paypal());
        long elapsed = System.nanoTime() - start;
        if (!outcome.ok()) {
            throw new IllegalStateException(outcome.failure().note());
        }
        return elapsed;
    }

    private static HttpRequest request(String url, String body, boolean sse) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept", sse ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Time until a line starting with {@code prefix} arrives; the rest is drained untimed. */
    private static long untilLine(HttpClient http, String url, String body, String prefix, boolean sse) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request(url, body, sse), HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    long elapsed = System.nanoTime() - start;
                    while (reader.readLine() != null) {
                        // drain so the connection is reused and the server finishes its work
                    }
                    return elapsed;
                }
            }
        }
        throw new IllegalStateException("no line starting with " + prefix + " from " + url);
    }

    /** Time until the whole response has been read. */
    private static long untilEnd(HttpClient http, String url, String body, boolean sse) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request(url, body, sse), HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200 || (sse && !response.body().contains("event: result"))) {
            throw new IllegalStateException("unexpected answer from " + url + ": " + response.statusCode());
        }
        return elapsed;
    }

    /** A chat-completions body like the coach's: system rules, a long user message, streamed. */
    private static String modelBody(HttpClient http, String modelUrl, String user, boolean json) throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("model", "gpt-4.1-mini");
        body.put("messages", List.of(
                Map.of("role", "system", "content", Drafts.resource("/prompts/rules.txt").repeat(json ? 4 : 2)),
                Map.of("role", "user", "content", user + "\n" + "passage text ".repeat(600))));
        body.put("temperature", 0.2);
        body.put("stream", true);
        body.put("max_tokens", 2048);
        return JSON.writeValueAsString(body);
    }
}
