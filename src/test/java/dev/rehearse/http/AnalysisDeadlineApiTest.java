package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.coach.Coach;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.Embedder;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.AnalysisDeadline;
import dev.rehearse.service.Json;
import dev.rehearse.service.RehearseService;
import dev.rehearse.text.Cancellation;
import dev.rehearse.testing.Patience;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every analysis runs under the request's deadline, and a server stopping ends the analyses it is running. The slow
 * draft is one whose search never finishes by itself: this test's embedding model, asked to embed a query holding {@value #ENDLESS},
 * works until the analysis is stopped, checking the stop signal as the coach's own loops do. What the server did is
 * read from counters, never from the clock.
 */
@Tag("integration")
class AnalysisDeadlineApiTest {

    private static final String ENDLESS = "endless";

    @TempDir
    Path knowledgeDir;
    @TempDir
    Path dataDir;

    private final EndlessEmbedder embedder = new EndlessEmbedder();
    private KnowledgeIndex index;
    private AttemptStore store;
    private RehearseServer server;
    private RehearseService service;

    private void start(Duration budget) throws Exception {
        Files.writeString(knowledgeDir.resolve("notes.md"), "# Why data engineering?\n\nI like building pipelines people trust.\n");
        index = KnowledgeIndex.open(knowledgeDir, dataDir.resolve("index"), embedder);
        store = AttemptStore.inDataDir(dataDir);
        LanguageChecker language = LanguageChecker.disabled(EnglishVariant.BRITISH, "not started in this test");
        service = RehearseApp.service(index, language, null, LlmSettings.none(), Optional.empty(), store,
                new AnalysisDeadline(budget));
        server = new RehearseServer(new ServerSettings("127.0.0.1", 0, knowledgeDir, dataDir), service).start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void should_answer_503_with_a_json_error_naming_the_setting_when_the_deadline_passes() throws Exception {
        // given
        start(Duration.ofSeconds(1));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        for (String path : List.of("/api/critique", "/api/followups", "/api/tie", "/api/critique/stream")) {
            // when
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(draft())).build(), HttpResponse.BodyHandlers.ofString());

            // then
            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            JsonNode error = Json.MAPPER.readTree(response.body());
            assertThat(error.get("status").asInt()).isEqualTo(503);
            assertThat(error.get("error").asText()).isEqualTo("analysis_timeout");
            assertThat(error.get("message").asText()).contains("longer than 1 s").contains(AnalysisDeadline.TIMEOUT);
        }
        assertThat(service.analyses().stopped(Cancellation.Reason.DEADLINE)).isEqualTo(4);
        assertThat(embedder.working.get()).isZero();
    }

    @Test
    void should_answer_an_ordinary_draft_when_it_is_analysed_within_the_deadline() throws Exception {
        // given
        start(Duration.ofSeconds(30));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String ordinary = "{\"question\": \"Why data engineering?\", \"draft\": \"I built pipelines that people trust.\"}";

        // when
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/critique")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ordinary)).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.body()).get("scores")).isNotNull();
        assertThat(service.analyses().running()).isZero();
    }

    @Test
    void should_end_a_running_analysis_when_the_server_stops() throws Exception {
        // given: a slow draft being analysed, with all the time in the world
        start(Duration.ofMinutes(10));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var pending = http.sendAsync(HttpRequest.newBuilder(URI.create(url("/api/critique")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(draft())).build(),
                HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(120)).until(() -> embedder.working.get() == 1);

        // when
        server.stop();
        server = null;

        // then: the analysis was stopped for the shutdown, not left running
        await().atMost(Duration.ofSeconds(10)).until(() -> embedder.stopped.get() == 1);
        assertThat(service.analyses().stopped(Cancellation.Reason.SHUTDOWN)).isEqualTo(1);
        assertThat(service.analyses().running()).isZero();
        pending.cancel(true);
    }

    @Test
    void should_stop_the_analysis_within_moments_when_the_client_closes_its_connection() throws Exception {
        // given: all the time in the world, so only the client leaving can end these analyses
        start(Duration.ofMinutes(10));
        List<String> routes = List.of("/api/critique", "/api/followups", "/api/tie", "/api/critique/stream", "/api/ask");
        for (int i = 0; i < routes.size(); i++) {
            String path = routes.get(i);
            String body = path.equals("/api/ask") ? "{\"question\": \"What about the " + ENDLESS + " pipeline?\"}" : draft();
            int before = i;
            try (Socket socket = new Socket("127.0.0.1", server.javalin().port())) {
                socket.getOutputStream().write(post(path, body));
                socket.getOutputStream().flush();
                await().atMost(Patience.ofSeconds(30)).until(() -> embedder.working.get() == 1);

                // when: the client goes away while its draft is being analysed
            }

            // then: the server noticed, stopped that analysis for that reason, and holds nothing for it
            await(path).atMost(Patience.ofSeconds(10))
                    .until(() -> service.analyses().stopped(Cancellation.Reason.CLIENT_LEFT) == before + 1);
            await().atMost(Patience.ofSeconds(10)).until(() -> embedder.working.get() == 0);
            assertThat(embedder.stopped.get()).as(path).isEqualTo(before + 1);
            assertThat(service.analyses().running()).isZero();
        }
        assertThat(service.analyses().stopped(Cancellation.Reason.DEADLINE)).isZero();
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/health")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void should_answer_a_request_pipelined_behind_a_running_analysis_on_the_same_connection() throws Exception {
        // given: a slow critique being analysed; only its deadline ends it
        start(Patience.ofSeconds(2));
        try (Socket socket = new Socket("127.0.0.1", server.javalin().port())) {
            socket.setSoTimeout((int) Patience.ofSeconds(60).toMillis());
            socket.getOutputStream().write(post("/api/critique", draft()));
            socket.getOutputStream().flush();
            await().atMost(Patience.ofSeconds(30)).until(() -> embedder.working.get() == 1);

            // when: a second request follows on the same connection before the first is answered
            socket.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            // then: both are answered in order, and the bytes of the second did not pass for a departed client
            assertThat(answers).startsWith("HTTP/1.1 503");
            assertThat(answers.indexOf("analysis_timeout")).isPositive().isLessThan(answers.indexOf("HTTP/1.1 200"));
            assertThat(service.analyses().stopped(Cancellation.Reason.DEADLINE)).isEqualTo(1);
            assertThat(service.analyses().stopped(Cancellation.Reason.CLIENT_LEFT)).isZero();
        }
    }

    private static byte[] post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        byte[] head8 = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head8, head8.length + body.length);
        System.arraycopy(body, 0, all, head8.length, body.length);
        return all;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.javalin().port() + path;
    }

    private static String draft() {
        return "{\"question\": \"Tell me about a pipeline you rebuilt\", \"draft\": \"I rebuilt the " + ENDLESS
                + " pipeline and cut the run from six hours to ten minutes.\"}";
    }

    /** Quick, fixed vectors for everything but a query holding {@value #ENDLESS}, which is embedded until stopped. */
    private static final class EndlessEmbedder implements Embedder {
        final AtomicInteger working = new AtomicInteger();
        final AtomicInteger stopped = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            float[] v = new float[8];
            Arrays.fill(v, 1f / (float) Math.sqrt(8));
            v[Math.abs(text.hashCode() % 8)] += 0.5f;
            return v;
        }

        @Override
        public float[] embedQuery(String text) {
            if (!text.contains(ENDLESS)) {
                return embed(text);
            }
            working.incrementAndGet();
            try {
                while (true) {
                    Cancellation.checkpoint();
                    LockSupport.parkNanos(1_000_000);
                }
            } catch (RuntimeException e) {
                stopped.incrementAndGet();
                throw e;
            } finally {
                working.decrementAndGet();
            }
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public int dimension() {
            return 8;
        }

        @Override
        public String modelId() {
            return "endless-test-model";
        }
    }
}
