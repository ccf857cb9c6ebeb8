package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.header;
import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.NewAttempt;
import dev.rehearse.practice.PracticeMode;
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

    /** A follow-ups report as the coach writes it, with one follow-up. */
    static final String FOLLOW_UPS_REPORT = "{\"question\":null,\"followUps\":[{\"rank\":1,\"question\":\"How did you measure that?\","
            + "\"why\":\"no result\",\"origin\":\"gap\",\"basedOn\":[]}]}";

    /** Stores an attempt as the server does when a coach endpoint is called with save: true. */
    private long seed(String questionId, String questionText, String draft, PracticeMode mode, Double score) {
        return store.save(new NewAttempt(questionId, questionText, draft, mode, FOLLOW_UPS_REPORT, score, "offline")).id();
    }

    static Response postJson(HttpClient client, String path, String rawBody, String contentType) {
        return client.request(path, b -> {
            b.post(BodyPublishers.ofString(rawBody, StandardCharsets.UTF_8));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
        });
    }

    @Test
    void should_read_back_a_stored_attempt_with_its_report_as_json() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            long id = seed("q-paypal", "Walk me through the PayPal pipeline", "I rebuilt the ingestion 😀 עברית 中文",
                    PracticeMode.FOLLOWUPS, null);

            // when
            JsonNode read = json(client.get("/api/attempts/" + id), 200);

            // then
            assertThat(read.get("questionKey").asText()).isEqualTo("q:q-paypal");
            assertThat(read.get("draft").asText()).isEqualTo("I rebuilt the ingestion 😀 עברית 中文");
            assertThat(read.get("mode").asText()).isEqualTo("followups");
            assertThat(read.get("overallScore").isNull()).isTrue();
            assertThat(read.get("report")).isEqualTo(Json.MAPPER.readTree(FOLLOW_UPS_REPORT));
            assertThat(read.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        });
    }

    @Test
    void should_refuse_a_report_posted_by_a_client_with_a_json_405_and_store_nothing() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given: what the page used to post, a report and a score it chose itself
            String body = "{\"questionText\":\"Q\",\"draft\":\"d\",\"mode\":\"critique\",\"report\":{},\"overallScore\":5}";

            // when
            Response response = postJson(client, "/api/attempts", body, "application/json");

            // then
            JsonNode error = json(response, 405);
            assertThat(error.get("error").asText()).isEqualTo("method_not_allowed");
            assertThat(error.get("message").asText()).contains("\"save\": true", "/api/critique");
            assertThat(header(response, "Allow")).isEqualTo("GET");
            assertThat(store.attemptCount()).isZero();
        });
    }

    @Test
    void should_show_the_attempts_of_a_history_written_by_the_version_whose_page_posted_them() throws Exception {
        // given
        try (var in = getClass().getResourceAsStream("/practice/history-v1.db")) {
            Files.copy(in, dataDir.resolve("practice.db"));
        }
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode bank = json(client.get("/api/attempts?questionId=18a44e16e62a"), 200);
            JsonNode free = json(client.get("/api/attempts?question=" + URLEncoder.encode("Why do you want to work at TheyDo?",
                    StandardCharsets.UTF_8)), 200);
            JsonNode opened = json(client.get("/api/attempts/2"), 200);
            String pack = client.get("/api/prep-pack").body().string();

            // then
            assertThat(bank.get("count").asInt()).isEqualTo(7);
            assertThat(bank.get("attempts").get(0).get("mode").asText()).isEqualTo("tie");
            assertThat(free.get("count").asInt()).isEqualTo(1);
            assertThat(opened.get("report").get("llm").get("summary").asText()).startsWith("A solid design story");
            assertThat(pack).contains("from 2 questions and 8 attempts", "## 1. Can you walk me through a data system",
                    "## 2. Why do you want to work at TheyDo?", "**Best attempt:** 2 / 5 · critique")
                    .doesNotContain("could not be read", "What does TheyDo sell?", "## 3.");
        });
    }

    @Test
    void should_list_a_questions_attempts_newest_first_for_bank_and_free_questions() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            long first = seed("q-1", "Tell me about a time", "one", PracticeMode.CRITIQUE, 2.0);
            long second = seed("q-1", "Tell me about a time", "one two", PracticeMode.CRITIQUE, 3.5);
            seed(null, "Why TheyDo?", "because", PracticeMode.CRITIQUE, 4.0);
            seed(null, "why   theydo?", "because journeys", PracticeMode.TIE, null);

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
            long id = seed("q-1", "Q", "draft", PracticeMode.CRITIQUE, 3.0);

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
            long a = seed("q-1", "Q", "I think we basically rebuilt the pipeline.", PracticeMode.CRITIQUE, 2.0);
            long b = seed("q-1", "Q", "I rebuilt the pipeline in six weeks.", PracticeMode.CRITIQUE, 3.0);

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
            seed("q-1", "Walk me through the pipeline", "I rebuilt it.", PracticeMode.FOLLOWUPS, null);

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
            JsonNode deleteError = json(client.delete("/api/attempts/1"), 503);
            JsonNode historyError = json(client.get("/api/attempts?questionId=q-1"), 503);
            Response pack = client.get("/api/prep-pack");

            // then
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(status.get("available").asBoolean()).isFalse();
            assertThat(status.get("problem").asText()).isEqualTo("cannot-open");
            assertThat(status.get("message").asText()).contains(notAFolder.toString());
            assertThat(deleteError.get("error").asText()).isEqualTo("history_cannot_open");
            assertThat(deleteError.get("message").asText()).contains("Could not delete the attempt").contains(notAFolder.toString());
            assertThat(historyError.get("message").asText()).contains(notAFolder.toString());
            assertThat(pack.code()).isEqualTo(503);
        });
    }

    @Test
    void should_answer_409_for_a_file_that_is_not_a_practice_database() throws Exception {
        Files.writeString(dataDir.resolve("practice.db"), "this is somebody's notes, not SQLite ".repeat(100));
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode error = json(client.get("/api/attempts?questionId=q-1"), 409);
            assertThat(error.get("error").asText()).isEqualTo("history_not_a_database");
            assertThat(error.get("message").asText()).contains(dataDir.resolve("practice.db").toString());
        });
        assertThat(Files.readString(dataDir.resolve("practice.db"))).startsWith("this is somebody's notes");
    }

    static List<String> headerValues(Response r, String name) {
        return r.headers().get(name);
    }
}
