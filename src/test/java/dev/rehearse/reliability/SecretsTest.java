package dev.rehearse.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.rehearse.Main;
import dev.rehearse.service.Json;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.ChildJvm;
import dev.rehearse.testing.FolderSnapshot;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.RawHttp.Request;
import dev.rehearse.testing.SseEvents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configured API key never leaves through anything but the model request's Authorization header. The real
 * {@code rehearse serve} runs in a JVM of its own with a distinctive fake key in its environment (as a user sets
 * it) and WireMock as its OpenAI-compatible model; the test calls every endpoint, errors included, reads every
 * event of a streamed ask and critique, fetches the page and each of its files, makes the model fail in the ways
 * whose messages are passed on to the user (three of them echo the key back, as some proxies do), then stops the
 * server and reads everything it logged. The key, its secret part and its Base64 form must appear in none of
 * it, and in WireMock's journal only as {@code Authorization: Bearer <key>}.
 */
@Tag("integration")
class SecretsTest {

    private static final String KEY = "sk-proj-rehearse-SECRET-5e0d7b1c9a3f4862-leakcanary";
    private static final String ECHO = "ECHO-THE-KEY";

    @TempDir
    Path work;

    private final List<String> seen = new ArrayList<>();

    @Test
    void should_send_the_key_only_as_the_model_requests_authorization_and_nowhere_else() throws Exception {
        // given: a model answering every task, and failing with the key in its message when asked to
        WireMockServer model = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
        Path knowledge = work.resolve("knowledge");
        FolderSnapshot.copy(BundledKnowledge.FOLDER, knowledge);
        Path home = Files.createDirectories(work.resolve("home")); // no .env here: only the environment below counts
        try {
            ModelStubs.answerEveryTask(model);
            echoTheKey(model);
            Map<String, String> env = Map.of("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", model.baseUrl() + "/v1",
                    "OPENAI_MODEL", "gpt-secrets", "OPENAI_API_KEY", KEY, "REHEARSE_LLM_RETRIES", "0",
                    "REHEARSE_LLM_TIMEOUT", "20", "REHEARSE_HOST", "127.0.0.1");
            String stdout;
            String stderr;
            try (ChildJvm server = ChildJvm.start(home, List.of("-Xmx768m"), env, Main.class, List.of("serve", "--port", "0",
                    "--knowledge", knowledge.toString(), "--data-dir", work.resolve("data").toString()))) {
                String ready = server.awaitLines(l -> l.startsWith("Rehearse is running at "), 1, Duration.ofSeconds(120)).get(0);
                int port = Integer.parseInt(ready.replaceAll("^Rehearse is running at http://127\\.0\\.0\\.1:(\\d+)/.*$", "$1"));

                // when: every endpoint, its errors, both streams, the page and its files, the failures
                callEveryEndpoint(port);

                // then: stopped as by Ctrl+C, so the shutdown is logged too
                assertThat(server.terminate(Duration.ofSeconds(30))).isNotNegative();
                stdout = String.join("\n", server.lines());
                stderr = server.stderr();
            }

            // then: nothing the user or the log sees holds the key
            assertThat(seen).hasSizeGreaterThan(40);
            for (String text : seen) {
                assertNoKey(text, "an answer");
            }
            assertThat(stderr).contains("LLM: openai, model gpt-secrets", "API key set", "Model call failed", "[API key]");
            assertNoKey(stderr, "the log (stderr)");
            assertNoKey(stdout, "stdout");

            // and the model got it as the Authorization header of every request, and nowhere else in them
            List<ServeEvent> requests = model.getAllServeEvents();
            System.out.printf("secrets: %d answers and events, %d bytes of log, %d model requests scanned; the key in none%n",
                    seen.size(), stderr.length() + stdout.length(), requests.size());
            assertThat(requests).hasSizeGreaterThanOrEqualTo(9);
            for (ServeEvent e : requests) {
                var r = e.getRequest();
                assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
                assertNoKey(r.getUrl(), "the model request's URL");
                assertNoKey(r.getBodyAsString(), "the model request's body");
                for (HttpHeader h : r.getHeaders().all()) {
                    if (!h.key().equalsIgnoreCase("Authorization")) {
                        assertNoKey(h.key() + ": " + String.join(",", h.values()), "the model request's header " + h.key());
                    }
                }
            }
        } finally {
            model.stop();
        }
    }

    /** The failures whose server message Rehearse passes on (400, 404, other statuses), each echoing the key. */
    private static void echoTheKey(WireMockServer model) {
        String echoed = "Invalid header Authorization: Bearer " + KEY;
        model.stubFor(post(urlEqualTo(ModelStubs.CHAT)).atPriority(1).withRequestBody(containing(ECHO + "-400"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(OpenAiWire.error(echoed, "invalid_request_error", null))));
        model.stubFor(post(urlEqualTo(ModelStubs.CHAT)).atPriority(1).withRequestBody(containing(ECHO + "-404"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(OpenAiWire.error("No model for key " + KEY, "not_found_error", null))));
        model.stubFor(post(urlEqualTo(ModelStubs.CHAT)).atPriority(1).withRequestBody(containing(ECHO + "-418"))
                .willReturn(aResponse().withStatus(418).withHeader("Content-Type", "text/plain").withBody("proxy says: " + echoed)));
    }

    private void callEveryEndpoint(int port) throws Exception {
        String coach = "{\"question\": \"Tell me about a time you improved a data pipeline.\", "
                + "\"draft\": \"I rebuilt the PayPal ingestion pipeline and cut the nightly load from six hours to forty minutes.\"}";
        String ask = "{\"question\": \"How does TheyDo tie customer journeys to outcomes?\"}";

        // search and the knowledge
        JsonNode search = json(call(port, get("/api/search?q=pipeline&k=3")));
        String passage = search.get("hits").get(0).get("id").asText();
        for (String path : List.of("/api/health", "/api/search?q=TheyDo%20outcomes&mode=vector", "/api/search", "/api/search?q=x&k=99",
                "/api/questions", "/api/sources/" + passage, "/api/sources/nope", "/api/config", "/api/nothing-here")) {
            call(port, get(path));
        }
        assertThat(json(call(port, get("/api/config"))).get("keySet").asBoolean()).isTrue();

        // the coach with the model, plain and streamed, and their errors
        for (String path : List.of("/api/critique", "/api/followups", "/api/tie", "/api/critique/stream")) {
            JsonNode answer = json(call(port, postJson(path, coach, "application/json")));
            assertThat(answer.toString()).as(path).doesNotContain("\"llmNote\":{").doesNotContain("\"failure\":{");
            call(port, postJson(path, "{\"question\": \"Why?\"}", "application/json"));
            call(port, postJson(path, coach, "text/plain"));
        }
        call(port, postJson("/api/ask", ask, "application/json"));
        RawHttp.Response askStream = call(port, postJson("/api/ask", ask, "text/event-stream"));
        RawHttp.Response critiqueStream = call(port, postJson("/api/critique/stream", coach, "text/event-stream"));
        assertThat(events(askStream)).last().asString().startsWith("result");
        assertThat(events(critiqueStream)).first().asString().startsWith("offline");
        assertThat(events(critiqueStream)).last().asString().startsWith("result");
        call(port, postJson("/api/ask", "{\"question\": ", "text/event-stream"));

        // the model failing with the key in its words: the note the user reads passes the server's message on
        for (String status : List.of("400", "404", "418")) {
            String trigger = "{\"question\": \"" + ECHO + "-" + status + " Why TheyDo?\", \"draft\": \"I led the migration.\"}";
            JsonNode critique = json(call(port, postJson("/api/critique", trigger, "application/json")));
            // the server's words reach the user, the key in them replaced
            assertThat(critique.path("llmNote").path("note").asText()).as("the note for HTTP %s", status).contains("[API key]");
            List<String> streamed = events(call(port, postJson("/api/critique/stream", trigger, "text/event-stream")));
            assertThat(streamed).last().asString().startsWith("fallback");
            events(call(port, postJson("/api/ask", "{\"question\": \"" + ECHO + "-" + status + "\"}", "text/event-stream")));
        }

        // the practice history, saved by the server from a critique and from follow-ups asked to save
        ObjectNode saving = Barrage.savingBody();
        long id = json(call(port, postJson("/api/critique", saving.toString(), "application/json"))).get("attemptId").asLong();
        long other = json(call(port, postJson("/api/followups", saving.put("draft", "I rebuilt it twice.").toString(),
                "application/json"))).get("attemptId").asLong();
        for (String path : List.of("/api/attempts?questionId=q-hostile-barrage", "/api/attempts", "/api/attempts/" + id,
                "/api/attempts/" + id + "/diff/" + other, "/api/attempts/0", "/api/attempts/424242", "/api/practice/status",
                "/api/practice/questions", "/api/prep-pack")) {
            call(port, get(path));
        }
        call(port, postJson("/api/critique", "{\"question\": 1, \"save\": true}", "application/json"));
        call(port, postJson("/api/attempts", Barrage.clientReportBody().toString(), "application/json"));
        call(port, Request.of("DELETE", "/api/attempts/" + other));
        call(port, Request.of("DELETE", "/api/attempts/" + other));

        // the page and every file it is made of
        call(port, get("/"));
        try (Stream<Path> files = Files.walk(Path.of("web"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                RawHttp.Response r = call(port, get("/" + Path.of("web").relativize(f).toString().replace('\\', '/')));
                assertThat(r.status()).as("%s served", f).isEqualTo(200);
            }
        }
    }

    private static Request get(String path) {
        return Request.of("GET", path);
    }

    private static Request postJson(String path, String body, String accept) {
        String type = accept.equals("text/plain") ? "text/plain" : "application/json";
        return Request.of("POST", path).withHeader("Accept", accept).withBody(type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends, keeps the whole answer (status line, headers, body) for the final scan, and returns it. */
    private RawHttp.Response call(int port, Request request) {
        RawHttp.Response r = RawHttp.send(port, request);
        assertThat(r.answered()).as("%s %s: %s", request.method(), request.targetText(), r.transportError()).isTrue();
        assertThat(r.status()).as("%s %s: %s", request.method(), request.targetText(), r.bodyText()).isLessThan(500);
        seen.add(request.method() + " " + request.targetText() + " → " + r.status() + "\n" + r.headers() + "\n" + r.bodyText());
        return r;
    }

    private static JsonNode json(RawHttp.Response r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    /** Each event as "name data", also kept one by one for the scan. */
    private List<String> events(RawHttp.Response r) {
        assertThat(r.header("Content-Type")).startsWith("text/event-stream");
        List<String> out = SseEvents.parse(r.bodyText()).stream().map(e -> e.name() + " " + e.data()).toList();
        seen.addAll(out);
        return out;
    }

    private static void assertNoKey(String text, String where) {
        String core = KEY.substring(KEY.indexOf("SECRET"));
        String base64 = Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));
        assertThat(text).as("the key in %s", where).doesNotContain(KEY).doesNotContain(core).doesNotContain(base64)
                .doesNotContain(base64.substring(0, 40));
    }
}
