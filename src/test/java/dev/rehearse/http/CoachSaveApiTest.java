package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.Attempt;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.PracticeMode;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.RawHttp;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server keeps its own results in the history, binds request bodies strictly, and answers HEAD as GET. */
class CoachSaveApiTest {

    private static final String QUESTION = "Why do you want to work at TheyDo?";
    private static final String DRAFT = "I think we kind of just made things better, basically. It was a lot of stuff.";

    @TempDir
    Path data;

    private AttemptStore store;

    private RehearseServer server() {
        store = AttemptStore.inDataDir(data);
        return new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data),
                RehearseApp.offline(BundledKnowledge.index(), store));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static Response post(HttpClient client, String path, String body) {
        return client.post(path, body, r -> r.header("Content-Type", "application/json"));
    }

    private static String body(Object... pairs) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], Json.MAPPER.valueToTree(pairs[i + 1]));
        }
        return node.toString();
    }

    @Test
    void should_save_the_critique_it_returned_when_asked_to() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given: a client that also sends a score of its own
            String request = body("question", QUESTION, "draft", DRAFT, "questionId", "q-why", "save", true,
                    "overallScore", 5.0);

            // when
            JsonNode response = json(post(client, "/api/critique", request), 200);

            // then: the stored report is the response, and the score is the offline coach's, not the client's
            long id = response.get("attemptId").asLong();
            Attempt saved = store.get(id).orElseThrow();
            ObjectNode withoutId = response.deepCopy();
            withoutId.remove("attemptId");
            assertThat(Json.MAPPER.readTree(saved.reportJson())).isEqualTo(withoutId);
            assertThat(saved.overallScore()).isEqualTo(response.get("scores").get("overall").asDouble()).isLessThan(5.0);
            assertThat(saved.mode()).isEqualTo(PracticeMode.CRITIQUE);
            assertThat(saved.questionId()).isEqualTo("q-why");
            assertThat(saved.questionText()).isEqualTo(QUESTION);
            assertThat(saved.draft()).isEqualTo(DRAFT);
            assertThat(saved.modelNote()).isEqualTo("offline");
        });
    }

    @Test
    void should_save_follow_ups_and_tie_without_a_score_and_nothing_when_not_asked() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode followUps = json(post(client, "/api/followups", body("question", QUESTION, "draft", DRAFT, "save", true)), 200);
            JsonNode tie = json(post(client, "/api/tie", body("question", QUESTION, "draft", DRAFT, "save", true)), 200);
            JsonNode unsaved = json(post(client, "/api/tie", body("question", QUESTION, "draft", DRAFT)), 200);

            // then
            Attempt savedFollowUps = store.get(followUps.get("attemptId").asLong()).orElseThrow();
            Attempt savedTie = store.get(tie.get("attemptId").asLong()).orElseThrow();
            assertThat(savedFollowUps.mode()).isEqualTo(PracticeMode.FOLLOWUPS);
            assertThat(savedFollowUps.overallScore()).isNull();
            assertThat(Json.MAPPER.readTree(savedFollowUps.reportJson()).get("followUps")).isEqualTo(followUps.get("followUps"));
            assertThat(savedTie.mode()).isEqualTo(PracticeMode.TIE);
            assertThat(unsaved.has("attemptId")).isFalse();
            assertThat(store.history(savedTie.questionKey())).hasSize(2);
        });
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"question\":\"Why us?\",\"draft\":\"x\"}]]]|not valid JSON",
            "{\"question\":\"Why us?\",\"draft\":\"x\"} {}|more after its JSON object",
            "{\"question\":42,\"draft\":\"x\"}|field 'question' must be a string",
            "{\"question\":\"Why us?\",\"draft\":true}|field 'draft' must be a string",
            "{\"question\":\"Why us?\",\"draft\":\"x\",\"save\":\"true\"}|field 'save' must be true or false",
            "{\"question\":\"Why us?\",\"draft\":\"x\",\"save\":1}|field 'save' must be true or false",
            "{\"question\":\"Why us?\",\"draft\":\"x\",\"questionId\":7}|field 'questionId' must be a string",
            "{\"question\":\"Why us?\",\"draft\":\"x\",\"company\":7}|field 'company' must be a string",
            "\"just text\"|must be a JSON object",
    })
    void should_refuse_a_body_that_does_not_bind_strictly(String body, String expected) {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode error = json(post(client, "/api/critique", body), 400);

            // then
            assertThat(error.get("message").asText()).contains(expected);
            assertThat(store.questions()).isEmpty();
        });
    }

    @Test
    void should_ignore_unknown_fields() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode report = json(post(client, "/api/tie", body("question", QUESTION, "draft", DRAFT, "colour", "blue")), 200);

            assertThat(report.has("llmNote")).isTrue();
        });
    }

    @Test
    void should_answer_head_as_get_would_without_a_body() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + app.port();

            // when
            HttpResponse<String> noQuery = http.send(head(base + "/api/search"), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> unknown = http.send(head(base + "/api/sources/000000000000"), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = http.send(head(base + "/api/health"), HttpResponse.BodyHandlers.ofString());

            // then
            assertThat(noQuery.statusCode()).isEqualTo(400);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(noQuery.body()).isEmpty();
            assertThat(health.body()).isEmpty();
        });
    }

    private static HttpRequest head(String url) {
        return HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
    }

    @Test
    void should_say_the_query_string_is_malformed_when_its_percent_encoding_is_broken() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when: sent as raw bytes, since the HTTP clients refuse to send such a URL
            RawHttp.Response response = RawHttp.send(app.port(), RawHttp.Request.of("GET", "/api/search?q=%ZZ%"));

            // then
            assertThat(response.status()).isEqualTo(400);
            JsonNode error = Json.MAPPER.readTree(response.body());
            assertThat(error.get("message").asText()).contains("query string is malformed").doesNotContain("required");
        });
    }
}
