package dev.rehearse;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.Patience;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole application as {@code serve} assembles it, with WireMock as an OpenAI-compatible model. */
@Tag("integration")
class RehearseAppTest {

    private static final String KEY = "sk-test-never-shown-0123456789";

    @TempDir
    Path data;

    private WireMockServer model;
    private RehearseApp app;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startModel() {
        model = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        model.stop();
    }

    private void startApp() {
        Env env = Env.of(Map.of(
                "REHEARSE_LLM", "openai",
                "OPENAI_BASE_URL", model.baseUrl() + "/v1",
                "OPENAI_MODEL", "test-model",
                "OPENAI_API_KEY", KEY,
                "REHEARSE_LLM_RETRIES", "0"));
        app = RehearseApp.start(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data), env, BundledKnowledge.embedder());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.server().url() + path.substring(1)));
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_add_the_models_follow_ups_to_the_offline_ones() throws Exception {
        // given a model answering follow-ups in OpenAI's wire format
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(OpenAiWire.completion(Drafts.resource("/llm/followups.json")))));
        startApp();
        String body = Json.MAPPER.writeValueAsString(Map.of("question", Drafts.PAYPAL_QUESTION, "draft", Drafts.PAYPAL_DRAFT));

        // when
        HttpResponse<String> r = call("POST", "/api/followups", body);

        // then: the offline follow-ups as always, and the model's, checked
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode json = Json.MAPPER.readTree(r.body());
        assertThat(json.get("followUps")).hasSizeBetween(3, 6);
        assertThat(json.get("llm").get("result").get("followUps")).hasSize(3);
        assertThat(json.get("llm").get("flags").toString()).contains("Fivetran");
        assertThat(json.get("llmNote").isNull()).isTrue();
        model.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(r.body()).doesNotContain(KEY);
    }

    @Test
    void should_fall_back_to_the_offline_report_with_a_note_when_the_model_fails() throws Exception {
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(OpenAiWire.error("Incorrect API key provided", "invalid_request_error", "invalid_api_key"))));
        startApp();

        HttpResponse<String> r = call("POST", "/api/critique",
                Json.MAPPER.writeValueAsString(Map.of("question", Drafts.PAYPAL_QUESTION, "draft", Drafts.PAYPAL_DRAFT)));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = Json.MAPPER.readTree(r.body());
        assertThat(json.get("scores").get("overall").asDouble()).isPositive();
        assertThat(json.get("llm").isNull()).isTrue();
        assertThat(json.get("llmNote").get("note").asText()).contains("OPENAI_API_KEY");
        assertThat(r.body()).doesNotContain(KEY);
    }

    @Test
    void should_load_the_spelling_check_once_the_server_listens() throws Exception {
        // when
        startApp();

        // then: the load was started (after the server, so it does not slow the start-up) and finishes
        assertThat(app.language().awaitReady(Patience.ofSeconds(120))).isTrue();
        JsonNode config = Json.MAPPER.readTree(call("GET", "/api/config", null).body());
        assertThat(config.path("language").path("ready").asBoolean()).as(config.toString()).isTrue();
    }

    @Test
    void should_tell_the_page_the_provider_and_model_but_never_the_key() throws Exception {
        startApp();

        HttpResponse<String> r = call("GET", "/api/config", null);

        JsonNode json = Json.MAPPER.readTree(r.body());
        assertThat(json.get("provider").asText()).isEqualTo("openai");
        assertThat(json.get("model").asText()).isEqualTo("test-model");
        assertThat(json.get("keySet").asBoolean()).isTrue();
        assertThat(json.get("offline").asBoolean()).isFalse();
        assertThat(r.body()).doesNotContain(KEY).doesNotContain("sk-");
    }
}
