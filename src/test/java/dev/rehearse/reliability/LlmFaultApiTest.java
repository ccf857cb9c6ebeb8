package dev.rehearse.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rehearse.service.Json;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.testing.LiveServer;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.RawHttp.Request;
import dev.rehearse.testing.SseEvents;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model failing in the middle of a request, seen through the API as the page sees it: the streamed critique
 * ({@code POST /api/critique/stream}, Server-Sent Events), the plain critique ({@code POST /api/critique}) and the
 * streamed ask. The model server dies mid-stream, stalls past {@code REHEARSE_LLM_TIMEOUT}, answers garbage, keeps
 * rate-limiting or failing with 5xx after the retries, or is not running at all.
 * Each time: HTTP 200, the offline report first and whole, then one {@code fallback} event whose note says what
 * happened, the stream closed, no stack trace, and the server still answering.
 */
@Tag("integration")
class LlmFaultApiTest {

    private static final String CRITIQUE_BODY;
    private static final String ASK_BODY = "{\"question\": \"How does TheyDo tie customer journeys to outcomes?\"}";
    private static final String OFFLINE_ONLY = "Showing the offline analysis only.";

    static {
        try {
            CRITIQUE_BODY = Json.MAPPER.writeValueAsString(Map.of("question", Drafts.PAYPAL_QUESTION, "draft", Drafts.PAYPAL_DRAFT));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir
    Path data;

    private WireMockServer model;

    @BeforeEach
    void startModel() {
        model = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
    }

    @AfterEach
    void stopModel() {
        model.stop();
    }

    private record Event(String name, JsonNode data) {
    }

    @Test
    void should_send_the_offline_report_and_a_note_when_the_model_server_dies_mid_stream() throws Exception {
        // given: a model server that sends the first quarter of its critique, then resets the connection
        String critique = Drafts.resource("/llm/critique-paypal.json");
        List<String> first = Drafts.pieces(critique.substring(0, critique.length() / 4), 20);
        List<String> events = Arrays.stream(OpenAiWire.stream(first, null, false).split("\n\n")).filter(e -> !e.isBlank()).toList();
        try (CutStreamServer dying = new CutStreamServer(events);
             LiveServer server = LiveServer.startWithOpenAi(data, dying.baseUrl(), Map.of("REHEARSE_LLM_TIMEOUT", "10"))) {
            // when
            List<Event> stream = critiqueStream(server);
            JsonNode plain = critique(server);

            // then: the summary's first words arrived, then the note; the plain route says the same
            assertOfflineThenFallback(stream, Set.of("truncated"));
            assertThat(stream.stream().filter(e -> e.name().equals("token"))).isNotEmpty();
            assertThat(last(stream).data().path("note").asText()).startsWith("The connection to OpenAI-compatible")
                    .contains("broke before the answer was complete");
            assertThat(plain.path("llmNote").path("kind").asText()).isEqualTo("truncated");
            assertThat(dying.requests()).isGreaterThanOrEqualTo(2);
            assertStillServing(server);
        }
    }

    @Test
    void should_send_the_offline_report_and_a_note_when_the_stream_ends_before_the_answer_is_complete() throws Exception {
        // given: half the critique, then the stream ends cleanly but without a finish reason or [DONE]
        String critique = Drafts.resource("/llm/critique-paypal.json");
        stub(sse(OpenAiWire.stream(Drafts.pieces(critique.substring(0, critique.length() / 2), 30), null, false)));
        try (LiveServer server = LiveServer.startWithOpenAi(data, model.baseUrl() + "/v1")) {
            List<Event> stream = critiqueStream(server);

            assertOfflineThenFallback(stream, Set.of("truncated", "malformed"));
            assertStillServing(server);
        }
    }

    @Test
    void should_send_the_offline_report_and_a_timeout_note_when_the_stream_stalls_past_the_read_timeout() throws Exception {
        // given: the first half of the stream at once, the rest after 4 s; the timeout is 1 s
        String critique = Drafts.resource("/llm/critique-paypal.json");
        stub(sse(OpenAiWire.stream(Drafts.pieces(critique, 40))).withChunkedDribbleDelay(2, 4_000));
        try (LiveServer server = LiveServer.startWithOpenAi(data, model.baseUrl() + "/v1", Map.of("REHEARSE_LLM_TIMEOUT", "1"))) {
            // when
            List<Event> stream = critiqueStream(server);
            List<Event> ask = askStream(server);

            // then
            assertOfflineThenFallback(stream, Set.of("timeout"));
            assertThat(last(stream).data().path("note").asText()).contains("did not answer within 1 s (REHEARSE_LLM_TIMEOUT)");
            assertThat(last(ask).name()).isEqualTo("fallback");
            assertThat(last(ask).data().path("kind").asText()).isEqualTo("timeout");
            assertThat(last(ask).data().path("retrieved")).as("the matching passages instead").isNotEmpty();
            assertStillServing(server);
        }
    }

    @Test
    void should_send_the_offline_report_and_a_timeout_note_when_the_model_never_starts_answering() throws Exception {
        stub(sse(OpenAiWire.stream(List.of("late"))).withFixedDelay(4_000));
        try (LiveServer server = LiveServer.startWithOpenAi(data, model.baseUrl() + "/v1", Map.of("REHEARSE_LLM_TIMEOUT", "1"))) {
            List<Event> stream = critiqueStream(server);
            JsonNode plain = critique(server);

            assertOfflineThenFallback(stream, Set.of("timeout"));
            assertThat(plain.path("llmNote").path("kind").asText()).isEqualTo("timeout");
            assertThat(plain.path("scores").path("overall").asDouble()).isPositive();
            assertStillServing(server);
        }
    }

    @Test
    void should_send_the_offline_report_and_a_note_when_the_stream_is_garbage() throws Exception {
        // given: events whose data is not JSON
        stub(sse("data: {\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"{\\\"summ\"}}]}\n\n"
                + "data: <html><body>502 Bad Gateway</body></html>\n\n"));
        try (LiveServer server = LiveServer.startWithOpenAi(data, model.baseUrl() + "/v1")) {
            List<Event> stream = critiqueStream(server);

            assertOfflineThenFallback(stream, Set.of("malformed"));
            assertThat(last(stream).data().path("note").asText()).contains("sent a stream Rehearse could not read");
            assertStillServing(server);
        }
    }

    @Test
    void should_send_the_offline_report_and_a_note_when_the_model_answers_an_html_page_or_random_bytes() throws Exception {
        // given: first an HTML error page with status 200, then random bytes and a closed connection
        stub(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html><h1>Welcome to nginx!</h1></html>"));
        try (LiveServer server = LiveServer.startWithOpenAi(data, model.baseUrl() + "/v1")) {
            List<Event> html = critiqueStream(server);
            model.resetMappings();
            stub(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
            List<Event> random = critiqueStream(server);
            JsonNode plain = critique(server);

            assertOfflineThenFallback(html, Set.of("malformed", "truncated"));
            assertOfflineThenFallback(random, Set.of("malformed", "truncated"));
            assertThat(plain.path("scores").path("overall").asDouble()).isPositive();
            assertThat(plain.path("llm").isNull()).isTrue();
            assertThat(plain.path("llmNote").path("note").asText()).endsWith(OFFLINE_ONLY);
            assertStillServing(server);
        }
    }

    @Test
    void should_send_the_offline_report_and_a_rate_limit_note_after_waiting_and_retrying() throws Exception {
        // given: a model that answers every request 429, asking for a one-second wait; two retries allowed
        String url = model.baseUrl() + "/v1";
        stub(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withHeader("Retry-After", "1")
                .withBody(OpenAiWire.error("Rate limit reached for gpt-test", "requests", "rate_limit_exceeded")));
        try (LiveServer server = LiveServer.startWithOpenAi(data, url, Map.of("REHEARSE_LLM_RETRIES", "2"))) {
            // when
            List<Event> stream = critiqueStream(server);
            List<LoggedRequest> streamed = modelRequests();
            JsonNode plain = critique(server);

            // then: three attempts for each route, a second apart as asked, then the offline report and the note
            String note = "Rate limited by OpenAI-compatible (" + url + ") after 3 attempts. It asked to wait 1 s. "
                    + "Try again shortly. " + OFFLINE_ONLY;
            assertOfflineThenFallback(stream, Set.of("rate-limited"));
            assertThat(last(stream).data().path("note").asText()).isEqualTo(note);
            assertOfflineWithNote(plain, "rate-limited", note);
            assertThat(streamed).hasSize(3);
            assertThat(modelRequests()).hasSize(6);
            for (int i = 1; i < streamed.size(); i++) {
                long gap = streamed.get(i).getLoggedDate().getTime() - streamed.get(i - 1).getLoggedDate().getTime();
                assertThat(gap).as("the wait before retry %d", i).isGreaterThanOrEqualTo(900);
            }
            assertStillServing(server);
        }
    }

    @Test
    void should_send_the_offline_report_and_a_server_error_note_after_retrying() throws Exception {
        // given: a model whose server keeps failing with 503 and no Retry-After; one retry allowed
        String url = model.baseUrl() + "/v1";
        stub(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"The server is overloaded\",\"type\":\"server_error\"}}"));
        try (LiveServer server = LiveServer.startWithOpenAi(data, url, Map.of("REHEARSE_LLM_RETRIES", "1"))) {
            // when
            List<Event> stream = critiqueStream(server);
            JsonNode plain = critique(server);

            // then
            String note = "OpenAI-compatible (" + url + ") had a server error (HTTP 503) after 2 attempts. " + OFFLINE_ONLY;
            assertOfflineThenFallback(stream, Set.of("server-error"));
            assertThat(last(stream).data().path("note").asText()).isEqualTo(note);
            assertOfflineWithNote(plain, "server-error", note);
            assertThat(modelRequests()).hasSize(4);
            assertStillServing(server);
        }
    }

    @Test
    void should_send_the_offline_report_and_a_note_when_nothing_listens_at_the_model_url() throws Exception {
        // given: a port that was free a moment ago and that nobody listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/v1";
        try (LiveServer server = LiveServer.startWithOpenAi(data, url, Map.of("REHEARSE_LLM_RETRIES", "2"))) {
            // when
            List<Event> stream = critiqueStream(server);
            JsonNode plain = critique(server);

            // then
            String note = "Could not connect to " + url + ". Is the model server running, and is OPENAI_BASE_URL right? " + OFFLINE_ONLY;
            assertOfflineThenFallback(stream, Set.of("unreachable"));
            assertThat(last(stream).data().path("note").asText()).isEqualTo(note);
            assertOfflineWithNote(plain, "unreachable", note);
            assertStillServing(server);
        }
    }

    private List<LoggedRequest> modelRequests() {
        return model.findAll(postRequestedFor(urlEqualTo(ModelStubs.CHAT)));
    }

    /** {@code POST /api/critique}: the whole offline report, no model result, and a note of this kind and text. */
    private static void assertOfflineWithNote(JsonNode plain, String kind, String note) {
        assertThat(plain.path("scores").path("overall").asDouble()).isPositive();
        assertThat(plain.path("scores").path("dimensions")).hasSize(5);
        assertThat(plain.path("question").path("type").asText()).isEqualTo("behavioural");
        assertThat(plain.path("llm").isNull()).isTrue();
        assertThat(plain.path("llmNote").path("kind").asText()).isEqualTo(kind);
        assertThat(plain.path("llmNote").path("note").asText()).isEqualTo(note);
    }

    private void stub(ResponseDefinitionBuilder response) {
        model.stubFor(post(urlEqualTo(ModelStubs.CHAT)).willReturn(response));
    }

    private static ResponseDefinitionBuilder sse(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body);
    }

    private static List<Event> critiqueStream(LiveServer server) throws Exception {
        return events(send(server, "/api/critique/stream", CRITIQUE_BODY, "text/event-stream"));
    }

    private static List<Event> askStream(LiveServer server) throws Exception {
        return events(send(server, "/api/ask", ASK_BODY, "text/event-stream"));
    }

    private static JsonNode critique(LiveServer server) throws Exception {
        RawHttp.Response r = send(server, "/api/critique", CRITIQUE_BODY, "application/json");
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(HostileCorpus.STACK_TRACE.matcher(r.bodyText()).find()).as("a stack trace in %s", r.bodyText()).isFalse();
        return Json.MAPPER.readTree(r.body());
    }

    private static RawHttp.Response send(LiveServer server, String path, String body, String accept) {
        return RawHttp.send(port(server), Request.of("POST", path).withHeader("Accept", accept)
                .withBody("application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    private static int port(LiveServer server) {
        return Integer.parseInt(server.url("").replaceAll(".*:(\\d+)$", "$1"));
    }

    private static List<Event> events(RawHttp.Response r) throws Exception {
        assertThat(r.answered()).as(r.transportError()).isTrue();
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/event-stream");
        assertThat(HostileCorpus.STACK_TRACE.matcher(r.bodyText()).find()).as("a stack trace in %s", r.bodyText()).isFalse();
        return SseEvents.parse(r.bodyText()).stream().map(e -> new Event(e.name(), e.json())).toList();
    }

    private static Event last(List<Event> events) {
        return events.get(events.size() - 1);
    }

    /** The whole offline report first, no model result, and one fallback last with a note of the expected kind. */
    private static void assertOfflineThenFallback(List<Event> events, Set<String> kinds) {
        assertThat(events).isNotEmpty();
        Event offline = events.get(0);
        assertThat(offline.name()).isEqualTo("offline");
        assertThat(offline.data().path("scores").path("overall").asDouble()).isPositive();
        assertThat(offline.data().path("scores").path("dimensions")).hasSize(5);
        assertThat(offline.data().path("question").path("type").asText()).isEqualTo("behavioural");
        assertThat(events).extracting(Event::name).doesNotContain("result");
        assertThat(events.stream().filter(e -> e.name().equals("fallback"))).hasSize(1);
        Event fallback = last(events);
        assertThat(fallback.name()).isEqualTo("fallback");
        assertThat(fallback.data().path("kind").asText()).isIn(kinds);
        assertThat(fallback.data().path("note").asText()).endsWith(OFFLINE_ONLY).doesNotContain("Exception");
    }

    private static void assertStillServing(LiveServer server) throws Exception {
        RawHttp.Response health = RawHttp.send(port(server), Request.of("GET", "/api/health"));
        assertThat(health.status()).isEqualTo(200);
        RawHttp.Response search = RawHttp.send(port(server), Request.of("GET", "/api/search?q=pipeline"));
        assertThat(Json.MAPPER.readTree(search.body()).path("hits")).isNotEmpty();
    }
}
