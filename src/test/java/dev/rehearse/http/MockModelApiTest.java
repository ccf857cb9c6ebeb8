package dev.rehearse.http;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.rehearse.http.MockApiTest.WE_ONLY;
import static dev.rehearse.http.SearchApiTest.json;
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
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mock interview with the model as interviewer, WireMock speaking OpenAI's chat-completions wire format. */
@Tag("integration")
class MockModelApiTest {

    @TempDir
    Path dataDir;

    private final OpenAiStub openAi = OpenAiStub.start();
    private AttemptStore store;
    private RehearseService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.mock().close();
        }
        if (store != null) {
            store.close();
        }
        openAi.close();
    }

    private RehearseServer server() {
        store = AttemptStore.inDataDir(dataDir);
        LlmSettings settings = LlmSettings.from(Env.of(Map.of("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "sk-test-not-a-real-key",
                "OPENAI_BASE_URL", openAi.baseUrl(), "OPENAI_MODEL", "gpt-4.1-mini", "REHEARSE_LLM_TIMEOUT", "5",
                "REHEARSE_LLM_RETRIES", "0")));
        service = RehearseApp.service(BundledKnowledge.index(), LanguageChecker.disabled(EnglishVariant.BRITISH, "test"),
                settings, Optional.empty(), store);
        return new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir), service);
    }

    /** The model answers, then fails once, then answers with praise before its question. */
    private void scriptTheModel() {
        openAi.server().stubFor(post(urlEqualTo(OpenAiStub.CHAT)).inScenario("interview").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(OpenAiStub.json(200, OpenAiWire.completion("Thanks for joining us. To start, tell me about your experience?")))
                .willSetStateTo("second"));
        openAi.server().stubFor(post(urlEqualTo(OpenAiStub.CHAT)).inScenario("interview").whenScenarioStateIs("second")
                .willReturn(OpenAiStub.json(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}"))
                .willSetStateTo("third"));
        openAi.server().stubFor(post(urlEqualTo(OpenAiStub.CHAT)).inScenario("interview").whenScenarioStateIs("third")
                .willReturn(OpenAiStub.json(200, OpenAiWire.completion("Great answer, you should add numbers. What would you like to ask us?"))));
    }

    @Test
    void should_ask_in_the_models_words_and_fall_back_to_the_offline_interviewer_when_a_call_fails() {
        // given
        scriptTheModel();
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode started = MockApiTest.post(client, "/api/mock", "{\"questions\": 3, \"followUps\": 0}", 201);
            String id = started.get("id").asText();
            JsonNode second = MockApiTest.post(client, "/api/mock/" + id + "/answer", "{\"answer\": \"" + WE_ONLY + "\"}", 200);
            JsonNode third = MockApiTest.post(client, "/api/mock/" + id + "/answer", "{\"answer\": \"" + WE_ONLY + "\"}", 200);
            JsonNode end = MockApiTest.post(client, "/api/mock/" + id + "/answer", "{\"skip\": true}", 200);
            JsonNode session = json(client.get("/api/mock/" + id), 200);

            // then
            assertThat(started.get("turn").get("text").asText()).isEqualTo("Thanks for joining us. To start, tell me about your experience?");
            assertThat(started.get("turn").has("note")).isFalse();
            assertThat(second.get("turn").get("text").asText()).isEqualTo(session.get("plan").get("questions").get(1).get("text").asText());
            assertThat(second.get("turn").get("note").asText()).contains("did not answer").contains("offline interviewer");
            assertThat(third.get("turn").get("text").asText()).isEqualTo("What would you like to ask us?");
            assertThat(end.get("turn").get("kind").asText()).isEqualTo("end");
            assertThat(end.get("debrief").get("guard").isArray()).isTrue();
            JsonNode lastRequest = Json.MAPPER.readTree(openAi.requests().get(2).getBodyAsString());
            JsonNode messages = lastRequest.get("messages");
            assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
            assertThat(messages.get(0).get("content").asText()).contains("TheyDo");
            assertThat(messages.size()).as("the session's memory is sent").isGreaterThan(3);
            assertThat(messages.get(messages.size() - 1).get("content").asText()).contains("<answer>").contains("We rebuilt the ingestion");
        });
    }
}
