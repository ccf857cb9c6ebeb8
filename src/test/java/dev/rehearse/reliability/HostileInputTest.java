package dev.rehearse.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.reliability.HostileCorpus.Input;
import dev.rehearse.reliability.HostileCorpus.Kind;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.FolderSnapshot;
import dev.rehearse.testing.LiveServer;
import dev.rehearse.testing.Patience;
import dev.rehearse.testing.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every input of the hostile corpus at every place of every endpoint, on the real application as {@code serve}
 * assembles it (index of a copy of the bundled knowledge, the offline coach with LanguageTool loaded, WireMock as
 * an OpenAI-compatible model answering each task, a real SQLite history) and on a second server that requires an
 * access token. One dynamic test per endpoint: no 5xx, no stack trace or class name, every error JSON naming a
 * problem, the server healthy after the batch. Then the attempts saved before the barrage must be unchanged and
 * the knowledge folder untouched. The counts go to {@code target/reliability/hostile-input.md}.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    static final String KEY = "sk-hostile-3c2f9e7a41d8b605-never-in-an-answer";
    static final String TOKEN = "hostile-barrage-access-token-8e4d";
    private static final int CLIENTS = 4;
    private static final Path REPORT = Path.of("target", "reliability", "hostile-input.md");
    private static final Set<String> LLM_ENDPOINTS = Set.of("POST /api/critique", "POST /api/followups", "POST /api/tie",
            "POST /api/critique (save)", "POST /api/followups (save)", "POST /api/tie (save)", "POST /api/ask (JSON)", "POST /api/ask (SSE)", "POST /api/critique/stream (JSON)", "POST /api/critique/stream (SSE)");

    @TempDir
    static Path knowledge;
    @TempDir
    static Path data;
    @TempDir
    static Path guardedData;

    private WireMockServer model;
    private RehearseApp app;
    private LiveServer guarded;
    private int appPort;
    private int guardedPort;
    private List<Input> corpus;
    private Barrage barrage;
    private final AnswerCheck check = new AnswerCheck(List.of(KEY, TOKEN));
    private final BarrageTally tally = new BarrageTally();
    private final Map<String, Integer> modelCalls = new LinkedHashMap<>();
    private final Map<Long, JsonNode> savedBefore = new LinkedHashMap<>();
    private JsonNode diffBefore;
    private Map<String, String> knowledgeBefore;
    private long started;

    @BeforeAll
    void start() throws Exception {
        corpus = HostileCorpus.load();
        FolderSnapshot.copy(BundledKnowledge.FOLDER, knowledge);
        knowledgeBefore = FolderSnapshot.of(knowledge);

        model = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(16));
        model.start();
        ModelStubs.answerEveryTask(model);
        Env env = Env.of(Map.of("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", model.baseUrl() + "/v1",
                "OPENAI_MODEL", "gpt-hostile", "OPENAI_API_KEY", KEY, "REHEARSE_LLM_RETRIES", "0", "REHEARSE_LLM_TIMEOUT", "30"));
        app = RehearseApp.start(new ServerSettings("127.0.0.1", 0, knowledge, data), env, BundledKnowledge.embedder());
        appPort = app.server().javalin().port();
        // the spelling check is part of every critique once loaded: wait, so every input meets it
        assertThat(app.language().awaitReady(Patience.ofSeconds(120))).as("LanguageTool loaded").isTrue();
        guarded = LiveServer.start(guardedData, TOKEN);
        guardedPort = Integer.parseInt(guarded.url("").replaceAll(".*:(\\d+)$", "$1"));

        // the history the barrage must not damage, saved as the page saves it: by a critique asked to save
        for (String draft : List.of("I rebuilt the PayPal ingestion pipeline; the nightly load fell from 6 hours to 40 minutes.",
                "Ich habe die Pipeline neu gebaut — 中文 — emoji \uD83D\uDE80 and a quote \" and a backslash \\.",
                "We did it. Then I measured it: 30% fewer failed loads.")) {
            ObjectNode body = Barrage.savingBody();
            body.put("questionId", "q-preloaded");
            body.put("draft", draft);
            RawHttp.Response saved = RawHttp.send(appPort, RawHttp.Request.of("POST", "/api/critique")
                    .withBody("application/json", body.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(saved.status()).as(saved.bodyText()).isEqualTo(200);
            long id = Json.MAPPER.readTree(saved.body()).get("attemptId").asLong();
            savedBefore.put(id, getJson("/api/attempts/" + id));
        }
        List<Long> ids = new ArrayList<>(savedBefore.keySet());
        diffBefore = getJson("/api/attempts/" + ids.get(0) + "/diff/" + ids.get(1));
        barrage = new Barrage(ids.get(0));
        model.resetRequests();
        started = System.nanoTime();
    }

    @AfterAll
    void stop() throws IOException {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        if (guarded != null) {
            guarded.close();
        }
        if (app != null) {
            app.close();
        }
        if (model != null) {
            model.stop();
        }
        if (corpus == null || started == 0) {
            return;
        }
        String report = "Hostile inputs: " + HostileCorpus.of(corpus, Kind.PAYLOAD).size() + " payloads, "
                + HostileCorpus.of(corpus, Kind.METHOD).size() + " methods, " + HostileCorpus.of(corpus, Kind.CONTENT_TYPE).size()
                + " content types (" + corpus.size() + " inputs); " + tally.totalRequests() + " requests in " + seconds + " s; "
                + tally.totalProblems() + " problems.\n\n" + tally.markdown() + "\nModel calls per endpoint: " + modelCalls + "\n";
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);
    }

    @TestFactory
    Stream<DynamicTest> should_answer_every_hostile_input_at_every_endpoint_without_5xx_stack_traces_or_lost_data() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("the corpus holds at least 50 inputs of every kind the issue names", this::corpusIsComplete));
        Map<String, List<Slot>> byEndpoint = new LinkedHashMap<>();
        for (Slot slot : barrage.payloadSlots()) {
            byEndpoint.computeIfAbsent(slot.endpoint(), e -> new ArrayList<>()).add(slot);
        }
        Map<String, Barrage.Route> routes = barrage.routes().stream()
                .collect(Collectors.toMap(Barrage.Route::endpoint, r -> r, (a, b) -> a, LinkedHashMap::new));
        // saves first, so the reading routes then serve hostile stored text; deletes last
        List<String> order = new ArrayList<>(byEndpoint.keySet());
        order.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        for (String endpoint : order) {
            tests.add(dynamicTest(endpoint, () -> fire(endpoint, byEndpoint.get(endpoint), routes.get(endpoint))));
        }
        tests.add(dynamicTest("attempts saved before the barrage are unchanged", this::savedAttemptsUnchanged));
        tests.add(dynamicTest("the knowledge folder is untouched and the data folder holds only the history and the index",
                this::foldersUntouched));
        return tests.stream();
    }

    private static int rank(String endpoint) {
        if (endpoint.endsWith("(save)")) {
            return 0;
        }
        return endpoint.startsWith("DELETE") ? 2 : 1;
    }

    private void corpusIsComplete() {
        List<Input> payloads = HostileCorpus.of(corpus, Kind.PAYLOAD);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        assertThat(payloads.stream().map(Input::category).distinct()).contains("huge", "invalid UTF-8", "binary",
                "deeply nested JSON", "wrong types", "path traversal", "SQL fragments", "HTML and script", "prompt injection",
                "zero-width and bidi", "10,000 emoji", "null bytes", "overlong numbers", "duplicate keys");
        assertThat(payloads).anySatisfy(i -> assertThat(i.bytes().length).isGreaterThan(2_000_000));
        assertThat(payloads).anySatisfy(i -> assertThat(i.text()).isEqualTo("\uD83D\uDE00".repeat(10_000)));
        assertThat(payloads).anySatisfy(i -> assertThat(i.text()).startsWith("[".repeat(10_000)));
        assertThat(HostileCorpus.of(corpus, Kind.METHOD)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(HostileCorpus.of(corpus, Kind.CONTENT_TYPE)).hasSizeGreaterThanOrEqualTo(8);
    }

    private void fire(String endpoint, List<Slot> slots, Barrage.Route route) throws Exception {
        List<Shot> shots = new ArrayList<>();
        for (Slot slot : slots) {
            for (Input input : HostileCorpus.of(corpus, Kind.PAYLOAD)) {
                shots.add(new Shot(slot.where(), input.name(), slot.guarded() ? guardedPort : appPort, slot.place().apply(input.bytes())));
            }
        }
        if (route != null) {
            for (Input input : HostileCorpus.of(corpus, Kind.METHOD)) {
                String method = input.method();
                if (method.equals("GET") && route.method().equals("GET") || method.equals("POST") && route.method().equals("POST")
                        || method.equals("DELETE") && route.method().equals("DELETE")) {
                    continue; // the route's own method is no variant
                }
                shots.add(new Shot("method", input.name(), appPort, Barrage.methodVariant(route, method)));
            }
            if (route.body() != null) {
                for (Input input : HostileCorpus.of(corpus, Kind.CONTENT_TYPE)) {
                    shots.add(new Shot("Content-Type", input.name(), appPort, Barrage.contentTypeVariant(route, input.contentType())));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Shot shot : shots) {
                done.add(pool.submit(() -> {
                    RawHttp.Response response = RawHttp.send(shot.port(), shot.request());
                    tally.add(endpoint, shot.where(), shot.input(), check.check(shot.request(), response));
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        modelCalls.put(endpoint, model.getAllServeEvents().size());
        model.resetRequests();

        // then
        assertThat(tally.requests(endpoint)).isEqualTo(shots.size());
        assertThat(tally.problems(endpoint)).as("%d requests at %s", shots.size(), endpoint).isEmpty();
        assertHealthy();
        if (LLM_ENDPOINTS.contains(endpoint)) {
            assertThat(modelCalls.get(endpoint)).as("requests that reached the model from %s", endpoint).isPositive();
        }
    }

    private record Shot(String where, String input, int port, RawHttp.Request request) {
    }

    private void assertHealthy() throws Exception {
        JsonNode health = getJson("/api/health");
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("passages").asInt()).isPositive();
        RawHttp.Response guardedHealth = RawHttp.send(guardedPort, RawHttp.Request.of("GET", "/api/health")
                .withHeader("Authorization", "Bearer " + TOKEN));
        assertThat(guardedHealth.status()).as(guardedHealth.bodyText()).isEqualTo(200);
    }

    private void savedAttemptsUnchanged() throws Exception {
        for (Map.Entry<Long, JsonNode> e : savedBefore.entrySet()) {
            assertThat(getJson("/api/attempts/" + e.getKey())).as("attempt %d", e.getKey()).isEqualTo(e.getValue());
        }
        List<Long> ids = new ArrayList<>(savedBefore.keySet());
        assertThat(getJson("/api/attempts/" + ids.get(0) + "/diff/" + ids.get(1))).isEqualTo(diffBefore);
        JsonNode history = getJson("/api/attempts?questionId=q-preloaded");
        assertThat(history.get("count").asInt()).isEqualTo(savedBefore.size());
    }

    private void foldersUntouched() throws IOException {
        assertThat(FolderSnapshot.of(knowledge)).isEqualTo(knowledgeBefore);
        try (Stream<Path> top = Files.list(data)) {
            assertThat(top.map(p -> p.getFileName().toString()))
                    // the index, the history and the trained sentence-role model: derived data only
                    .allMatch(name -> name.equals("index") || name.equals("models") || name.startsWith("practice.db"));
        }
    }

    private JsonNode getJson(String path) throws IOException {
        RawHttp.Response r = RawHttp.send(appPort, RawHttp.Request.of("GET", path).withHeader("Accept", "application/json"));
        assertThat(r.status()).as("GET %s: %s", path, r.bodyText()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }
}
