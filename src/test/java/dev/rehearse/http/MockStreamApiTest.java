package dev.rehearse.http;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.rehearse.http.MockApiTest.WE_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.rehearse.RehearseApp;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.support.OpenAiStub;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.Json;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.SseEvents;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock interview's turns as Server-Sent Events on a real server, the model on WireMock speaking OpenAI's
 * streamed chat-completions wire format.
 */
@Tag("integration")
class MockStreamApiTest {

    private static final String SSE = "text/event-stream";

    @TempDir
    Path dataDir;

    private final OpenAiStub openAi = OpenAiStub.start();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private AttemptStore store;
    private RehearseService service;
    private Javalin app;

    private record Event(String name, JsonNode data) {
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.stop();
        }
        if (service != null) {
            service.mock().close();
        }
        if (store != null) {
            store.close();
        }
        openAi.close();
    }

    private void startServer(boolean withModel) {
        store = AttemptStore.inDataDir(dataDir);
        LlmSettings settings = withModel ? LlmSettings.from(Env.of(Map.of("REHEARSE_LLM", "openai", "OPENAI_API_KEY",
                "sk-test-not-a-real-key", "OPENAI_BASE_URL", openAi.baseUrl(), "OPENAI_MODEL", "gpt-4.1-mini",
                "REHEARSE_LLM_TIMEOUT", "30", "REHEARSE_LLM_RETRIES", "0"))) : LlmSettings.none();
        service = RehearseApp.service(BundledKnowledge.index(), LanguageChecker.disabled(EnglishVariant.BRITISH, "test"),
                settings, Optional.empty(), store);
        app = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir), service).javalin()
                .start("127.0.0.1", 0);
    }

    /** The model's streamed replies, one per call, in order. */
    private void modelStreams(List<String> bodies) {
        String state = Scenario.STARTED;
        for (int i = 0; i < bodies.size(); i++) {
            String next = "call-" + (i + 1);
            openAi.server().stubFor(post(urlEqualTo(OpenAiStub.CHAT)).inScenario("interview").whenScenarioStateIs(state)
                    .willReturn(OpenAiStub.sse(bodies.get(i))).willSetStateTo(next));
            state = next;
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Event> events(String body) throws Exception {
        return SseEvents.parse(body).stream().map(e -> new Event(e.name(), e.json())).toList();
    }

    private JsonNode session(String id) throws Exception {
        return Json.MAPPER.readTree(send("GET", "/api/mock/" + id, null, "application/json").body());
    }

    private static List<JsonNode> interviewerTurns(JsonNode session) {
        List<JsonNode> out = new ArrayList<>();
        session.get("transcript").forEach(e -> {
            if ("interviewer".equals(e.get("role").asText())) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void should_stream_the_models_tokens_then_the_recorded_turn_when_a_session_starts() throws Exception {
        // given
        modelStreams(List.of(OpenAiWire.stream(List.of("Thanks for joining us. ", "Tell me about your experience?"))));
        startServer(true);

        // when
        HttpResponse<String> response = send("POST", "/api/mock", "{\"questions\": 2, \"followUps\": 0}", SSE);

        // then
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(SSE));
        List<Event> events = events(response.body());
        assertThat(events).extracting(Event::name).containsExactly("token", "token", "turn");
        assertThat(events.get(0).data().get("text").asText()).isEqualTo("Thanks for joining us. ");
        JsonNode last = events.get(2).data();
        assertThat(last.get("turn").get("text").asText()).isEqualTo("Thanks for joining us. Tell me about your experience?");
        assertThat(last.get("turn").has("note")).isFalse();
        List<JsonNode> asked = interviewerTurns(session(last.get("id").asText()));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).get("text").asText()).isEqualTo("Thanks for joining us. Tell me about your experience?");
    }

    @Test
    void should_end_with_the_offline_turn_and_a_note_when_the_stream_breaks_mid_way() throws Exception {
        // given: no finish reason and no [DONE], the connection simply ends
        modelStreams(List.of(OpenAiWire.stream(List.of("Thanks for joining. ", "Tell me about"), null, false)));
        startServer(true);

        // when
        HttpResponse<String> response = send("POST", "/api/mock", "{\"questions\": 2, \"followUps\": 0}", SSE);

        // then
        List<Event> events = events(response.body());
        assertThat(events.get(events.size() - 1).name()).isEqualTo("fallback");
        assertThat(events.subList(0, events.size() - 1)).extracting(Event::name).containsOnly("token");
        JsonNode last = events.get(events.size() - 1).data();
        assertThat(last.get("turn").get("note").asText()).contains("did not answer").contains("offline interviewer");
        JsonNode session = session(last.get("id").asText());
        String planned = session.get("plan").get("questions").get(0).get("text").asText();
        assertThat(last.get("turn").get("text").asText()).isEqualTo(planned);
        List<JsonNode> asked = interviewerTurns(session);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).get("text").asText()).isEqualTo(planned);
    }

    @Test
    void should_stream_the_next_turn_with_feedback_cut_from_the_final_event_when_an_answer_is_streamed() throws Exception {
        // given
        modelStreams(List.of(OpenAiWire.stream(List.of("Tell me about your experience?")),
                OpenAiWire.stream(List.of("Great answer, you should add numbers. ", "What would you like to ask us?"))));
        startServer(true);
        List<Event> started = events(send("POST", "/api/mock", "{\"questions\": 2, \"followUps\": 0}", SSE).body());
        assertThat(started).extracting(Event::name).containsExactly("token", "turn");
        String id = started.get(1).data().get("id").asText();

        // when
        HttpResponse<String> response = send("POST", "/api/mock/" + id + "/answer", "{\"answer\": \"" + WE_ONLY + "\"}", SSE);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        List<Event> events = events(response.body());
        assertThat(events).extracting(Event::name).containsExactly("token", "token", "turn");
        assertThat(events.get(0).data().get("text").asText()).isEqualTo("Great answer, you should add numbers. ");
        assertThat(events.get(2).data().get("turn").get("text").asText()).isEqualTo("What would you like to ask us?");
        List<JsonNode> asked = interviewerTurns(session(id));
        assertThat(asked).extracting(t -> t.get("text").asText())
                .containsExactly("Tell me about your experience?", "What would you like to ask us?");
        JsonNode second = Json.MAPPER.readTree(openAi.requests().get(1).getBodyAsString());
        assertThat(second.get("stream").asBoolean()).isTrue();
        assertThat(second.get("messages").toString()).as("the session's memory is sent")
                .contains("Tell me about your experience?").contains("We rebuilt the ingestion");
    }

    @Test
    void should_send_only_the_final_event_when_no_model_is_configured() throws Exception {
        // given
        startServer(false);

        // when
        HttpResponse<String> response = send("POST", "/api/mock", "{\"questions\": 2, \"followUps\": 0}", SSE);

        // then
        List<Event> events = events(response.body());
        assertThat(events).extracting(Event::name).containsExactly("turn");
        JsonNode session = session(events.get(0).data().get("id").asText());
        assertThat(events.get(0).data().get("turn").get("text").asText())
                .isEqualTo(session.get("plan").get("questions").get(0).get("text").asText());
        assertThat(interviewerTurns(session)).hasSize(1);
        assertThat(openAi.requests()).isEmpty();
    }

    @Test
    void should_end_the_last_streamed_answer_with_the_end_turn_and_the_debrief() throws Exception {
        // given
        startServer(false);
        String id = events(send("POST", "/api/mock", "{\"questions\": 1, \"followUps\": 0}", SSE).body()).get(0).data()
                .get("id").asText();

        // when
        HttpResponse<String> response = send("POST", "/api/mock/" + id + "/answer", "{\"skip\": true}", SSE);

        // then
        List<Event> events = events(response.body());
        assertThat(events).extracting(Event::name).containsExactly("turn");
        assertThat(events.get(0).data().get("turn").get("kind").asText()).isEqualTo("end");
        assertThat(events.get(0).data().get("debrief").get("answers").size()).isEqualTo(1);
        assertThat(session(id).get("status").asText()).isEqualTo("ended");
    }

    @Test
    void should_answer_a_bad_streamed_request_with_the_ordinary_json_error() throws Exception {
        // given
        startServer(false);

        // when
        HttpResponse<String> unknown = send("POST", "/api/mock/no-such-session/answer", "{\"answer\": \"x\"}", SSE);
        HttpResponse<String> badBody = send("POST", "/api/mock", "{\"questions\": \"many\"}", SSE);

        // then
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(unknown.body()).get("error").asText()).isEqualTo("not_found");
        assertThat(badBody.statusCode()).isEqualTo(400);
        assertThat(badBody.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }
}
