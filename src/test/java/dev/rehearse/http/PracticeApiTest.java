package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.header;
import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The practice history endpoints on a real server with a real SQLite store in a temp folder. */
@Tag("integration")
class PracticeApiTest {

    @TempDir
    Path dataDir;

    private AttemptStore store;

    private RehearseServer server() {
        store = AttemptStore.inDataDir(dataDir);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir);
        return new RehearseServer(settings, RehearseApp.offline(BundledKnowledge.index(), store));
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static ObjectNode attempt(String questionId, String questionText, String draft, String mode, Double score) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (questionId != null) {
            body.put("questionId", questionId);
        }
        body.put("questionText", questionText);
        body.put("draft", draft);
        body.put("mode", mode);
        ObjectNode report = body.putObject("report");
        report.putObject("scores").put("overall", score == null ? 0 : score);
        report.putArray("followUps").addObject().put("question", "How did you measure that?")
                .put("why", "no result").put("prepareFrom", "candidate/notes.txt:69-77");
        if (score != null) {
            body.put("overallScore", score);
        }
        body.put("modelNote", "offline");
        return body;
    }

    static Response postJson(HttpClient client, String path, String rawBody, String contentType) {
        return client.request(path, b -> {
            b.post(BodyPublishers.ofString(rawBody, StandardCharsets.UTF_8));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
        });
    }

    static Response save(HttpClient client, ObjectNode body) {
        return postJson(client, "/api/attempts", body.toString(), "application/json");
    }

    @Test
    void should_save_an_attempt_and_answer_201_with_what_was_stored() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            ObjectNode body = attempt("q-paypal", "Walk me through the PayPal pipeline", "I rebuilt the ingestion 😀 עברית 中文",
                    "critique", 3.4);

            // when
            Response response = save(client, body);

            // then
            JsonNode saved = json(response, 201);
            long id = saved.get("id").asLong();
            assertThat(id).isPositive();
            assertThat(header(response, "Location")).isEqualTo("/api/attempts/" + id);
            assertThat(saved.get("questionKey").asText()).isEqualTo("q:q-paypal");
            assertThat(saved.get("draft").asText()).isEqualTo("I rebuilt the ingestion 😀 עברית 中文");
            assertThat(saved.get("mode").asText()).isEqualTo("critique");
            assertThat(saved.get("overallScore").asDouble()).isEqualTo(3.4);
            assertThat(saved.get("report")).isEqualTo(body.get("report"));
            assertThat(saved.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            // and it is in the database, not just in the answer
            assertThat(store.get(id)).hasValueSatisfying(a -> assertThat(a.draft()).isEqualTo("I rebuilt the ingestion 😀 עברית 中文"));

            JsonNode read = json(client.get("/api/attempts/" + id), 200);
            assertThat(read).isEqualTo(saved);
        });
    }

    @Test
    void should_list_a_questions_attempts_newest_first_for_bank_and_free_questions() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            long first = json(save(client, attempt("q-1", "Tell me about a time", "one", "critique", 2.0)), 201).get("id").asLong();
            long second = json(save(client, attempt("q-1", "Tell me about a time", "one two", "critique", 3.5)), 201).get("id").asLong();
            json(save(client, attempt(null, "Why TheyDo?", "because", "critique", 4.0)), 201);
            json(save(client, attempt(null, "why   theydo?", "because journeys", "tie", null)), 201);

            // when
            JsonNode bank = json(client.get("/api/attempts?questionId=q-1"), 200);
            JsonNode free = json(client.get("/api/attempts?question=" + URLEncoder.encode("WHY TheyDo?", StandardCharsets.UTF_8)), 200);
            JsonNode practised = json(client.get("/api/practice/questions"), 200);

            // then
            assertThat(bank.get("questionKey").asText()).isEqualTo("q:q-1");
            assertThat(bank.get("count").asInt()).isEqualTo(2);
            assertThat(bank.get("attempts").get(0).get("id").asLong()).isEqualTo(second);
            assertThat(bank.get("attempts").get(1).get("id").asLong()).isEqualTo(first);
            assertThat(bank.get("attempts").get(0).get("overallScore").asDouble()).isEqualTo(3.5);
            assertThat(bank.get("attempts").get(0).get("draftWords").asInt()).isEqualTo(2);
            assertThat(free.get("questionKey").asText()).startsWith("free:");
            assertThat(free.get("count").asInt()).isEqualTo(2);
            assertThat(free.get("attempts").get(0).get("mode").asText()).isEqualTo("tie");
            assertThat(free.get("attempts").get(0).get("overallScore").isNull()).isTrue();
            assertThat(practised.get("count").asInt()).isEqualTo(2);
            assertThat(json(client.get("/api/attempts?questionId=never-practised"), 200).get("count").asInt()).isZero();
        });
    }

    @Test
    void should_delete_an_attempt_and_then_answer_404_for_it() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            long id = json(save(client, attempt("q-1", "Q", "draft", "critique", 3.0)), 201).get("id").asLong();

            Response deleted = client.delete("/api/attempts/" + id);
            assertThat(deleted.code()).isEqualTo(204);

            assertThat(json(client.get("/api/attempts/" + id), 404).get("message").asText()).contains("no attempt with id " + id);
            assertThat(json(client.delete("/api/attempts/" + id), 404).get("error").asText()).isEqualTo("not_found");
            assertThat(store.attemptCount()).isZero();
        });
    }

    @Test
    void should_diff_the_drafts_of_two_attempts_word_by_word() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            long a = json(save(client, attempt("q-1", "Q", "I think we basically rebuilt the pipeline.", "critique", 2.0)), 201)
                    .get("id").asLong();
            long b = json(save(client, attempt("q-1", "Q", "I rebuilt the pipeline in six weeks.", "critique", 3.0)), 201)
                    .get("id").asLong();

            JsonNode diff = json(client.get("/api/attempts/" + a + "/diff/" + b), 200);

            assertThat(diff.get("from").get("id").asLong()).isEqualTo(a);
            assertThat(diff.get("to").get("id").asLong()).isEqualTo(b);
            assertThat(diff.get("identical").asBoolean()).isFalse();
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            for (JsonNode s : diff.get("segments")) {
                String op = s.get("op").asText();
                assertThat(op).isIn("equal", "insert", "delete");
                if (!op.equals("insert")) {
                    before.append(s.get("text").asText());
                }
                if (!op.equals("delete")) {
                    after.append(s.get("text").asText());
                }
            }
            assertThat(before).hasToString("I think we basically rebuilt the pipeline.");
            assertThat(after).hasToString("I rebuilt the pipeline in six weeks.");
            assertThat(diff.get("deletedWords").asInt()).isEqualTo(3);
            assertThat(diff.get("insertedWords").asInt()).isEqualTo(3);

            assertThat(json(client.get("/api/attempts/" + a + "/diff/999"), 404).get("message").asText()).contains("999");
            assertThat(json(client.get("/api/attempts/x/diff/" + b), 400).get("message").asText()).contains("'x'");
        });
    }

    @Test
    void should_export_the_prep_pack_as_a_markdown_download() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            json(save(client, attempt("q-1", "Walk me through the pipeline", "I rebuilt it.", "critique", 3.0)), 201);

            Response pack = client.get("/api/prep-pack");

            assertThat(pack.code()).isEqualTo(200);
            assertThat(header(pack, "Content-Type")).startsWith("text/markdown");
            assertThat(header(pack, "Content-Disposition")).matches("attachment; filename=\"rehearse-prep-pack-\\d{4}-\\d\\d-\\d\\d\\.md\"");
            String md = pack.body().string();
            assertThat(md).startsWith("# Rehearse prep pack")
                    .contains("## 1. Walk me through the pipeline")
                    .contains("> I rebuilt it.")
                    .contains("How did you measure that?");
        });
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"draft\":\"d\",\"mode\":\"critique\",\"report\":{}}|'questionText' is required",
            "{\"questionText\":\"  \",\"draft\":\"d\",\"mode\":\"critique\",\"report\":{}}|'questionText' must not be blank",
            "{\"questionText\":42,\"draft\":\"d\",\"mode\":\"critique\",\"report\":{}}|'questionText' must be a string, got a number",
            "{\"questionText\":\"Q\",\"mode\":\"critique\",\"report\":{}}|'draft' is required",
            "{\"questionText\":\"Q\",\"draft\":[\"d\"],\"mode\":\"critique\",\"report\":{}}|'draft' must be a string, got an array",
            "{\"questionText\":\"Q\",\"draft\":\"d\",\"report\":{}}|'mode' is required",
            "{\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"rewrite\",\"report\":{}}|'mode' must be one of critique, followups, tie, ask",
            "{\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"critique\"}|'report' is required",
            "{\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"critique\",\"report\":\"{}\"}|'report' must be a JSON object, got a string",
            "{\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"critique\",\"report\":{},\"overallScore\":\"4\"}|'overallScore' must be a number between 1 and 5, got a string",
            "{\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"critique\",\"report\":{},\"overallScore\":7}|'overallScore' must be between 1 and 5, got 7",
            "{\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"critique\",\"report\":{},\"overallScore\":0.5}|'overallScore' must be between 1 and 5",
            "{\"questionId\":7,\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"critique\",\"report\":{}}|'questionId' must be a string, got a number",
            "{\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"critique\",\"report\":{},\"modelNote\":true}|'modelNote' must be a string, got a boolean",
            "{\"questionText\":\"Q\",\"draft\":\"\\ud800 lone\",\"mode\":\"critique\",\"report\":{}}|'draft' holds an unpaired surrogate",
            "{\"questionText\":\"Q\",|not valid JSON (line 1",
            "[1,2]|must be a JSON object, got an array",
            "'   '|the request body is empty",
    })
    void should_refuse_a_bad_attempt_with_400_naming_the_problem(String body, String expected) {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode error = json(postJson(client, "/api/attempts", body, "application/json"), 400);

            assertThat(error.get("error").asText()).isEqualTo("bad_request");
            assertThat(error.get("message").asText()).contains(expected);
            assertThat(store.attemptCount()).isZero();
        });
    }

    @Test
    void should_refuse_a_body_that_is_not_declared_as_json() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            String body = attempt("q-1", "Q", "d", "critique", 3.0).toString();

            JsonNode asText = json(postJson(client, "/api/attempts", body, "text/plain"), 400);
            JsonNode asForm = json(postJson(client, "/api/attempts", body, "application/x-www-form-urlencoded"), 400);
            JsonNode none = json(postJson(client, "/api/attempts", body, null), 400);

            assertThat(asText.get("message").asText()).contains("Content-Type: application/json").contains("text/plain");
            assertThat(asForm.get("message").asText()).contains("Content-Type: application/json");
            assertThat(none.get("message").asText()).contains("Content-Type: application/json");
            assertThat(json(postJson(client, "/api/attempts", body, "application/json; charset=utf-8"), 201).get("id").asLong())
                    .isPositive();
            assertThat(store.attemptCount()).isEqualTo(1);
        });
    }

    @Test
    void should_refuse_a_draft_over_20000_characters_and_a_body_over_the_limit_with_413() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode longDraft = json(save(client, attempt("q-1", "Q", "a".repeat(20_001), "critique", 3.0)), 413);
            assertThat(longDraft.get("error").asText()).isEqualTo("payload_too_large");
            assertThat(longDraft.get("message").asText()).contains("'draft'", "20001", "20000");

            ObjectNode huge = attempt("q-1", "Q", "short", "critique", 3.0);
            ((ObjectNode) huge.get("report")).put("padding", "x".repeat((int) RehearseServer.MAX_REQUEST_BYTES));
            Response tooBig = save(client, huge);
            JsonNode error = json(tooBig, 413);
            assertThat(error.get("message").asText()).contains("over the limit of " + RehearseServer.MAX_REQUEST_BYTES + " bytes");
            assertThat(header(tooBig, "Content-Security-Policy")).contains("script-src 'self'");

            assertThat(json(save(client, attempt("q-1", "Q", "a".repeat(20_000), "critique", 3.0)), 201).get("draftWords").asInt())
                    .isEqualTo(1);
            assertThat(store.attemptCount()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/attempts/0|400",
            "/api/attempts/-3|400",
            "/api/attempts/abc|400",
            "/api/attempts/99999999999999999999|400",
            "/api/attempts/12345|404",
            "/api/attempts|400",
            "/api/attempts?question=%20|400",
    })
    void should_answer_bad_and_unknown_ids_with_json_errors(String path, int status) {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode error = json(client.get(path), status);
            assertThat(error.get("status").asInt()).isEqualTo(status);
            assertThat(error.get("message").asText()).isNotBlank();
        });
    }

    @Test
    void should_keep_serving_and_say_why_when_the_history_cannot_be_opened() throws Exception {
        // given: the data folder is a file, so no database can be created in it
        Path notAFolder = dataDir.resolve("data-is-a-file");
        Files.writeString(notAFolder, "not a folder");
        store = AttemptStore.inDataDir(notAFolder);
        RehearseServer server = new RehearseServer(
                new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, notAFolder), RehearseApp.offline(BundledKnowledge.index(), store));

        JavalinTest.test(server.javalin(), (app, client) -> {
            // when
            JsonNode health = json(client.get("/api/health"), 200);
            JsonNode status = json(client.get("/api/practice/status"), 200);
            JsonNode saveError = json(save(client, attempt("q-1", "Q", "d", "critique", 3.0)), 503);
            JsonNode historyError = json(client.get("/api/attempts?questionId=q-1"), 503);
            Response pack = client.get("/api/prep-pack");

            // then
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(status.get("available").asBoolean()).isFalse();
            assertThat(status.get("problem").asText()).isEqualTo("cannot-open");
            assertThat(status.get("message").asText()).contains(notAFolder.toString());
            assertThat(saveError.get("error").asText()).isEqualTo("history_cannot_open");
            assertThat(saveError.get("message").asText()).contains("Could not save the attempt").contains(notAFolder.toString());
            assertThat(historyError.get("message").asText()).contains(notAFolder.toString());
            assertThat(pack.code()).isEqualTo(503);
        });
    }

    @Test
    void should_answer_409_for_a_file_that_is_not_a_practice_database() throws Exception {
        Files.writeString(dataDir.resolve("practice.db"), "this is somebody's notes, not SQLite ".repeat(100));
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode error = json(save(client, attempt("q-1", "Q", "d", "critique", 3.0)), 409);
            assertThat(error.get("error").asText()).isEqualTo("history_not_a_database");
            assertThat(error.get("message").asText()).contains(dataDir.resolve("practice.db").toString());
        });
        assertThat(Files.readString(dataDir.resolve("practice.db"))).startsWith("this is somebody's notes");
    }

    @Test
    void should_save_ask_attempts_with_an_empty_draft_and_no_score() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            ObjectNode body = attempt(null, "How does this tie to TheyDo's outcomes?", "", "ask", null);
            JsonNode saved = json(save(client, body), 201);
            assertThat(saved.get("draft").asText()).isEmpty();
            assertThat(saved.get("overallScore").isNull()).isTrue();
            assertThat(saved.get("draftWords").asInt()).isZero();
        });
    }

    static List<String> headerValues(Response r, String name) {
        return r.headers().get(name);
    }
}
