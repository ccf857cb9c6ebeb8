package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offline coach's three jobs over HTTP, on the bundled knowledge, with no model configured. */
@Tag("integration")
class CoachApiTest {

    private static final String PAYPAL_QUESTION =
            "Can you walk me through a data system you designed end-to-end, including the key decisions you made?";
    private static final String WEAK_DRAFT = "I think we kind of just made things better, basically. It was a lot of stuff.";

    @TempDir
    Path data;

    private RehearseServer server() {
        return new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data), RehearseApp.offline(BundledKnowledge.index(), AttemptStore.inDataDir(data)));
    }

    private static Response post(HttpClient client, String path, Object body) {
        return client.post(path, Json.MAPPER.valueToTree(body).toString(), r -> r.header("Content-Type", "application/json"));
    }

    @Test
    void should_critique_a_draft_with_scores_findings_and_follow_ups() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode report = json(post(client, "/api/critique", Map.of("question", PAYPAL_QUESTION, "draft", WEAK_DRAFT)), 200);

            // then: a weak behavioural answer, its hedges and vague words found where they are
            assertThat(report.get("question").get("type").asText()).isEqualTo("behavioural");
            assertThat(report.get("scores").get("overall").asDouble()).isLessThan(2.5);
            assertThat(report.get("scores").get("dimensions")).hasSize(5);
            JsonNode hedge = report.get("delivery").get("hedges").get(0);
            int start = hedge.get("span").get("start").asInt();
            int end = hedge.get("span").get("end").asInt();
            assertThat(WEAK_DRAFT.substring(start, end)).isEqualTo(hedge.get("span").get("text").asText());
            assertThat(report.get("evidence").get("vague")).isNotEmpty();
            assertThat(report.get("followUps")).hasSizeBetween(3, 6);
            assertThat(report.get("grounding").get("passages")).isNotEmpty();
            // one shape with and without a model: llm and llmNote are there, null when no model is configured
            assertThat(report.get("llm").isNull()).as("no model is configured").isTrue();
            assertThat(report.get("llmNote").isNull()).isTrue();
            assertThat(report.has("attemptId")).as("not saved").isFalse();
        });
    }

    @Test
    void should_return_follow_ups_and_the_company_tie_on_their_own() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            Map<String, String> body = Map.of("question", PAYPAL_QUESTION, "draft",
                    "I split the PayPal ingestion into a daily pipeline and a weekly aggregation, which made retries simple.");

            JsonNode followUps = json(post(client, "/api/followups", body), 200);
            JsonNode tie = json(post(client, "/api/tie", body), 200);

            assertThat(followUps.get("followUps")).hasSizeBetween(3, 6)
                    .allSatisfy(f -> assertThat(f.get("why").asText()).isNotBlank());
            assertThat(tie.get("bridges")).hasSizeBetween(2, 3)
                    .allSatisfy(b -> assertThat(b.get("citation").get("source").asText()).startsWith("company/"));
        });
    }

    @Test
    void should_treat_unicode_and_html_as_plain_text() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            String draft = "I built the <script>alert(1)</script> pipeline 🚀 for the متجر team and the 数据 platform, "
                    + "<img src=x onerror=alert(2)> and cut failures from 12 to 2 a week.";

            JsonNode report = json(post(client, "/api/critique", Map.of("question", "Tell me about a pipeline you built", "draft", draft)), 200);

            assertThat(report.get("markup")).isNotEmpty();
            // a script element is markup whole, its code included: none of it is read as the answer
            assertThat(report.get("markup").get(0).get("span").get("text").asText()).isEqualTo("<script>alert(1)</script>");
            assertThat(report.get("evidence").get("changes")).isNotEmpty();
        });
    }

    @Test
    void should_ignore_unknown_fields() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            Response r = client.post("/api/followups",
                    "{\"question\":\"Why TheyDo?\",\"draft\":\"Journeys tied to outcomes.\",\"colour\":\"blue\",\"n\":[1,2]}",
                    b -> b.header("Content-Type", "application/json; charset=utf-8"));
            assertThat(json(r, 200).get("followUps")).isNotEmpty();
        });
    }

    @ParameterizedTest(name = "{0}: {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "/api/critique|application/json|{\"draft\":\"x\"}|400|field 'question' is required",
            "/api/critique|application/json|{\"question\":\"Why us?\",\"draft\":\"   \"}|400|field 'draft' must not be empty",
            "/api/followups|application/json|{\"question\":\"\",\"draft\":\"x\"}|400|field 'question' must not be empty",
            "/api/tie|application/json|{\"question\":\"Why us?\",\"draft\":12}|400|field 'draft' must be a string",
            "/api/critique|application/json|{\"question\":\"Why us?\",\"draft\":|400|not valid JSON",
            "/api/critique|application/json|[1,2]|400|must be a JSON object",
            "/api/critique|application/json|``|400|the request body is empty",
            "/api/critique|text/plain|{\"question\":\"Why us?\",\"draft\":\"x\"}|400|Content-Type: application/json",
            "/api/tie|application/x-www-form-urlencoded|question=Why&draft=x|400|Content-Type: application/json",
    })
    void should_refuse_bad_input_naming_the_problem(String path, String type, String body, int status, String message) {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // the JDK client sends exactly the content type given
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port() + path))
                            .header("Content-Type", type)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode error = Json.MAPPER.readTree(r.body());
            assertThat(error.get("message").asText()).contains(message);
        });
    }

    @Test
    void should_refuse_a_draft_over_20000_characters_with_413_naming_the_limit() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode ok = json(post(client, "/api/critique", Map.of("question", "Why us?", "draft", "word ".repeat(4000))), 200);
            assertThat(ok.get("delivery")).isNotNull();

            JsonNode error = json(post(client, "/api/critique", Map.of("question", "Why us?", "draft", "x".repeat(20_001))), 413);
            assertThat(error.get("error").asText()).isEqualTo("payload_too_large");
            assertThat(error.get("message").asText()).contains("'draft'").contains("20001").contains("20000");
        });
    }

    @Test
    void should_tell_the_page_it_runs_offline_without_a_key() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode config = json(client.get("/api/config"), 200);

            assertThat(config.get("provider").asText()).isEqualTo("none");
            assertThat(config.get("offline").asBoolean()).isTrue();
            assertThat(config.get("keySet").asBoolean()).isFalse();
            assertThat(config.get("limits").get("draftChars").asInt()).isEqualTo(20_000);
        });
    }
}
