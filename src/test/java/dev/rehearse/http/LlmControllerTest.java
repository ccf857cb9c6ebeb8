package dev.rehearse.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.RehearseApp;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.llm.LlmCoach;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.support.Coaches;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.llm.support.SlowSseServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.InvalidInputException;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.Patience;
import dev.rehearse.testing.SseEvents;
import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The SSE routes on a real Javalin server, with the model on WireMock or a slow raw-socket server. */
@Tag("integration")
class LlmControllerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KnowledgeIndex KB = BundledKnowledge.index();
    /** The real offline coach, without the slow-loading spelling check. */
    private static final LanguageChecker NO_SPELLING = LanguageChecker.disabled(EnglishVariant.BRITISH, "not needed here");
    private static final String PAYPAL_BODY;

    static {
        try {
            PAYPAL_BODY = JSON.writeValueAsString(Map.of("question", Drafts.PAYPAL_QUESTION, "draft", Drafts.PAYPAL_DRAFT));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private WireMockServer model;
    private LlmCoach coach;
    private LlmController routes;
    private Javalin app;

    private record Event(String name, JsonNode data) {
    }

    @TempDir
    Path data;
    private AttemptStore store;

    private void startServer(Optional<LlmCoach> llm) {
        store = AttemptStore.inDataDir(data);
        routes = new LlmController(RehearseApp.service(KB, NO_SPELLING, llm.map(LlmCoach::settings).orElse(LlmSettings.none()),
                llm, store));
        app = Javalin.create(config -> {
            routes.routes(config.routes);
            // as RehearseServer renders them
            config.routes.exception(ApiException.class, (e, ctx) ->
                    ctx.status(e.status()).json(new ErrorResponse(e.status(), e.code(), e.getMessage())));
            config.routes.exception(InvalidInputException.class, (e, ctx) -> {
                int status = e.problem() == InvalidInputException.Problem.TOO_LONG ? 413 : 400;
                ctx.status(status).json(new ErrorResponse(status, status == 413 ? "payload_too_large" : "bad_request", e.getMessage()));
            });
        }).start("127.0.0.1", 0);
    }

    private void startWireMockModel(String sseBody) {
        model = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        model.start();
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "text/event-stream").withBody(sseBody)));
        coach = Coaches.openAi("http://127.0.0.1:" + model.port() + "/v1", KB);
        startServer(Optional.of(coach));
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (routes != null) {
            routes.close();
        }
        if (coach != null) {
            coach.close();
        }
        if (model != null) {
            model.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private HttpResponse<String> send(String path, String body, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Patience.ofSeconds(20))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<Event> events(String body) throws Exception {
        return SseEvents.parse(body).stream().map(e -> new Event(e.name(), e.json())).toList();
    }

    @Test
    void should_stream_an_answer_as_server_sent_events() throws Exception {
        // given
        startWireMockModel(OpenAiWire.stream(List.of("TheyDo ties journeys ", "to NPS [1].")));

        // when
        HttpResponse<String> response = send("/api/ask", "{\"question\": \"How does TheyDo tie journeys to outcomes?\"}",
                "text/event-stream");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<Event> events = events(response.body());
        assertThat(events).extracting(Event::name).containsExactly("token", "token", "result");
        assertThat(events.get(0).data().path("text").asText()).isEqualTo("TheyDo ties journeys ");
        JsonNode result = events.get(2).data();
        assertThat(result.path("result").path("answer").asText()).isEqualTo("TheyDo ties journeys to NPS [1].");
        assertThat(result.path("citations").get(0).path("n").asInt()).isEqualTo(1);
        assertThat(result.path("citations").get(0).path("source").asText()).isNotBlank();
    }

    @Test
    void should_send_the_offline_report_first_then_the_critique() throws Exception {
        // given
        startWireMockModel(OpenAiWire.stream(Drafts.pieces(Drafts.resource("/llm/critique-paypal.json"), 9)));

        // when
        HttpResponse<String> response = send("/api/critique/stream", PAYPAL_BODY, "text/event-stream");

        // then
        List<Event> events = events(response.body());
        assertThat(events.get(0).name()).isEqualTo("offline");
        assertThat(events.get(0).data().path("question").path("type").asText()).isEqualTo("behavioural");
        assertThat(events.get(0).data().path("scores").path("dimensions").size()).isEqualTo(5);
        assertThat(events.get(1).name()).isEqualTo("token");
        assertThat(events.get(events.size() - 1).name()).isEqualTo("result");
        JsonNode critique = events.get(events.size() - 1).data();
        assertThat(critique.path("result").path("substance").path("score").asInt()).isEqualTo(3);
        assertThat(critique.path("flags").get(0).path("message").asText()).isEqualTo("not in your notes: \"40%\"");
        assertThat(critique.path("flags").get(0).path("kind").asText()).isEqualTo("number");

        // and the offline coach's findings reached the model as facts
        String sent = model.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/v1/chat/completions")))
                .get(0).getBodyAsString();
        String user = JSON.readTree(sent).path("messages").get(1).path("content").asText();
        assertThat(user).contains("<facts>\n- Question type: behavioural\n- Structure (star):")
                .contains("- Offline scores: substance ");
    }

    @Test
    void should_save_the_streamed_critique_and_say_so_before_the_result_when_asked_to() throws Exception {
        // given
        startWireMockModel(OpenAiWire.stream(Drafts.pieces(Drafts.resource("/llm/critique-paypal.json"), 9)));
        String body = JSON.writeValueAsString(Map.of("question", Drafts.PAYPAL_QUESTION, "draft", Drafts.PAYPAL_DRAFT,
                "save", true));

        // when
        List<Event> events = events(send("/api/critique/stream", body, "text/event-stream").body());

        // then: the saved event comes just before the result, and the history holds what the stream sent
        assertThat(events.get(events.size() - 2).name()).isEqualTo("saved");
        long id = events.get(events.size() - 2).data().path("attemptId").asLong();
        JsonNode saved = JSON.readTree(store.get(id).orElseThrow().reportJson());
        assertThat(saved.path("scores")).isEqualTo(events.get(0).data().path("scores"));
        assertThat(saved.path("llm")).isEqualTo(events.get(events.size() - 1).data());
        assertThat(saved.path("llmNote").isNull()).isTrue();
        assertThat(store.get(id).orElseThrow().overallScore()).isEqualTo(events.get(0).data().path("scores").path("overall").asDouble());
    }

    @Test
    void should_answer_one_json_object_when_the_client_does_not_ask_for_a_stream() throws Exception {
        // given
        startWireMockModel(OpenAiWire.stream(Drafts.pieces(Drafts.resource("/llm/critique-paypal.json"), 40)));

        // when
        HttpResponse<String> response = send("/api/critique/stream", PAYPAL_BODY, "application/json");

        // then: the same shape as POST /api/critique: the offline report's fields, the model's critique beside them
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("question").path("type").asText()).isEqualTo("behavioural");
        assertThat(body.path("delivery").path("wordCount").asInt()).isPositive();
        assertThat(body.path("llm").path("result").path("summary").asText()).startsWith("A solid design story");
        assertThat(body.has("llmNote")).isTrue();
        assertThat(body.path("llmNote").isNull()).isTrue();
    }

    @Test
    void should_end_with_a_fallback_event_and_the_offline_report_when_the_model_fails() throws Exception {
        // given
        model = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        model.start();
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(OpenAiWire.error("Incorrect API key provided", "invalid_request_error", "invalid_api_key"))));
        coach = Coaches.openAi("http://127.0.0.1:" + model.port() + "/v1", KB);
        startServer(Optional.of(coach));

        // when
        HttpResponse<String> response = send("/api/critique/stream", PAYPAL_BODY, "text/event-stream");

        // then: never a bare 500; the offline report and a note naming the key setting
        assertThat(response.statusCode()).isEqualTo(200);
        List<Event> events = events(response.body());
        assertThat(events).extracting(Event::name).containsExactly("offline", "fallback");
        assertThat(events.get(1).data().path("kind").asText()).isEqualTo("auth");
        assertThat(events.get(1).data().path("note").asText()).contains("Check OPENAI_API_KEY.");
    }

    @Test
    void should_show_matching_passages_when_no_model_is_configured() throws Exception {
        // given
        startServer(Optional.empty());

        // when
        HttpResponse<String> response = send("/api/ask", "{\"question\": \"What does TheyDo's Data Hub hold?\"}", "text/event-stream");

        // then
        List<Event> events = events(response.body());
        assertThat(events).extracting(Event::name).containsExactly("fallback");
        JsonNode fallback = events.get(0).data();
        assertThat(fallback.path("kind").asText()).isEqualTo("not-configured");
        assertThat(fallback.path("note").asText()).startsWith("No language model is configured (REHEARSE_LLM=none).");
        assertThat(fallback.path("retrieved").size()).isPositive();
    }

    @Test
    void should_reject_bad_input_with_a_clear_error() throws Exception {
        // given
        startServer(Optional.empty());

        // when / then
        HttpResponse<String> blank = send("/api/critique/stream", "{\"question\": \"Why us?\", \"draft\": \"   \"}", "text/event-stream");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(blank.body()).path("error").asText()).isEqualTo("bad_request");
        assertThat(JSON.readTree(blank.body()).path("message").asText()).isEqualTo("field 'draft' must not be empty");

        HttpResponse<String> huge = send("/api/critique/stream",
                JSON.writeValueAsString(Map.of("question", "Why us?", "draft", "word ".repeat(4_001))), "text/event-stream");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(huge.body()).path("message").asText())
                .isEqualTo("field 'draft' is 20005 characters long; the limit is 20000");

        HttpResponse<String> broken = send("/api/ask", "{\"question\": ", "text/event-stream");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(broken.body()).path("message").asText()).isEqualTo("the request body is not valid JSON");

        HttpRequest form = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/ask"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("question=hi")).build();
        HttpResponse<String> wrongType = http.send(form, HttpResponse.BodyHandlers.ofString());
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body()).path("message").asText()).contains("Content-Type: application/json");

        HttpResponse<String> extra = send("/api/ask", "{\"question\": \"What is the Data Hub?\", \"colour\": \"blue\"}", "application/json");
        assertThat(extra.statusCode()).isEqualTo(200);
    }

    @Test
    void should_close_the_model_connection_when_the_browser_leaves() throws Exception {
        try (SlowSseServer upstream = new SlowSseServer(SlowSseServer.Mode.STREAM, 100)) {
            // given: a browser reading a streamed answer through our server
            coach = Coaches.openAi(upstream.baseUrl(), KB, "REHEARSE_LLM_TIMEOUT", "30");
            startServer(Optional.of(coach));
            String body = "{\"question\": \"What does TheyDo do?\"}";
            Socket browser = new Socket("127.0.0.1", app.port());
            OutputStream out = browser.getOutputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Accept: text/event-stream\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = browser.getInputStream();
            StringBuilder seen = new StringBuilder();
            while (!seen.toString().contains("event: token")) {
                int b = in.read();
                assertThat(b).as("stream ended before the first token").isNotNegative();
                seen.append((char) b);
            }

            // when: the browser goes away
            browser.close();

            // then: the model server sees our server hang up, while its answer (600 pieces, one every 100 ms) still
            // had most of a minute to run
            assertThat(upstream.awaitClientClose(30_000)).as("the model connection closed").isPositive();
        }
    }
}
