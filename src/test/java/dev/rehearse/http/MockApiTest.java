package dev.rehearse.http;

import static dev.rehearse.http.PracticeApiTest.postJson;
import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.coach.InputLimits;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole mock interview through the API, offline, on the bundled knowledge with a real SQLite store. */
@Tag("integration")
class MockApiTest {

    /** An answer with "we" and no "I", and no result: a gap the interviewer probes. */
    static final String WE_ONLY = "We rebuilt the ingestion pipeline at PayPal on Kafka and Spark, and we moved the"
            + " batch jobs to streaming so that the analysts could see the payments data much sooner than before.";

    @TempDir
    Path dataDir;

    private final List<RehearseService> services = new ArrayList<>();
    private final List<AttemptStore> stores = new ArrayList<>();

    private RehearseServer server() {
        AttemptStore store = AttemptStore.inDataDir(dataDir);
        stores.add(store);
        RehearseService service = RehearseApp.offline(BundledKnowledge.index(), store);
        services.add(service);
        return new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir), service);
    }

    @AfterEach
    void close() {
        services.forEach(s -> s.mock().close());
        stores.forEach(AttemptStore::close);
    }

    /**
     * Posts once more after a 408: on a cold server whose two cores are saturated, Jetty's minimum request data rate
     * can count the first body it reads as a slow client's, which is the hardening's business, not this session's.
     */
    static JsonNode post(HttpClient client, String path, String body, int status) throws Exception {
        Response first = postJson(client, path, body, "application/json");
        if (first.code() == 408 && status != 408) {
            return json(postJson(client, path, body, "application/json"), status);
        }
        return json(first, status);
    }

    @Test
    void should_plan_a_mixed_session_and_follow_up_on_what_the_answer_said() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            JsonNode started = post(client, "/api/mock", "{\"questions\": 5, \"followUps\": 1}", 201);
            String id = started.get("id").asText();

            // when
            JsonNode next = post(client, "/api/mock/" + id + "/answer", "{\"answer\": \"" + WE_ONLY + "\"}", 200);
            JsonNode session = json(client.get("/api/mock/" + id), 200);

            // then
            assertThat(started.get("turn").get("kind").asText()).isEqualTo("question");
            List<String> slots = new ArrayList<>();
            session.get("plan").get("questions").forEach(q -> slots.add(q.get("slot").asText()));
            assertThat(slots).containsExactly("opener", "motivation", "behavioural", "technical", "closing");
            assertThat(session.get("plan").get("questions").get(1).get("text").asText()).contains("TheyDo");
            assertThat(next.get("turn").get("kind").asText()).isEqualTo("follow-up");
            assertThat(next.get("turn").get("text").asText()).contains("\"We rebuilt the ingestion pipeline");
            assertThat(next.get("turn").get("why").asText()).isNotBlank();
            assertThat(next.has("debrief")).isFalse();
            assertThat(session.get("status").asText()).isEqualTo("active");
            assertThat(session.get("transcript")).hasSize(3);
            assertThat(session.get("transcript").get(1).get("role").asText()).isEqualTo("candidate");
            assertThat(session.get("transcript").get(1).has("durationSeconds")).isTrue();
        });
    }

    @Test
    void should_move_on_after_a_skip_and_give_a_debrief_when_ended_early() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            String id = post(client, "/api/mock", "{\"questions\": 3, \"followUps\": 2}", 201).get("id").asText();
            post(client, "/api/mock/" + id + "/answer", "{\"answer\": \"" + WE_ONLY + "\"}", 200);

            // when
            JsonNode afterSkip = post(client, "/api/mock/" + id + "/answer", "{\"skip\": true}", 200);
            JsonNode debrief = post(client, "/api/mock/" + id + "/end", "", 200);
            JsonNode refused = post(client, "/api/mock/" + id + "/answer", "{\"answer\": \"more\"}", 409);
            JsonNode history = json(client.get("/api/practice/questions"), 200);

            // then
            assertThat(afterSkip.get("turn").get("kind").asText()).isEqualTo("question");
            assertThat(debrief.get("endedEarly").asBoolean()).isTrue();
            assertThat(debrief.get("answers")).hasSize(1);
            assertThat(debrief.get("answers").get(0).get("score").asDouble()).isBetween(1.0, 5.0);
            assertThat(debrief.get("answers").get(0).get("summary").asText()).isNotBlank();
            assertThat(debrief.get("answers").get(0).get("timing").asText()).isIn("short", "within", "long");
            assertThat(debrief.get("followUpTally").get("skipped").asInt()).isEqualTo(1);
            assertThat(debrief.get("strongest").get("questionIndex").asInt()).isEqualTo(1);
            assertThat(debrief.get("prepareNext")).isNotEmpty();
            assertThat(debrief.get("prepareNext").get(0).get("passage").get("source").asText()).isNotBlank();
            assertThat(debrief.get("trend").get("direction").asText()).isEqualTo("first");
            assertThat(refused.get("message").asText()).contains("has ended");
            assertThat(history.get("count").asInt()).isEqualTo(1);
        });
    }

    @Test
    void should_resume_a_session_after_a_restart() throws Exception {
        // given
        String[] id = new String[1];
        JavalinTest.test(server().javalin(), (app, client) ->
                id[0] = post(client, "/api/mock", "{\"questions\": 2, \"followUps\": 0}", 201).get("id").asText());
        close();
        services.clear();
        stores.clear();

        // when / then
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode read = json(client.get("/api/mock/" + id[0]), 200);
            assertThat(read.get("turn").get("kind").asText()).isEqualTo("question");
            JsonNode next = post(client, "/api/mock/" + id[0] + "/answer", "{\"answer\": \"" + WE_ONLY + "\"}", 200);
            assertThat(next.get("turn").get("kind").asText()).isEqualTo("question");
            JsonNode end = post(client, "/api/mock/" + id[0] + "/answer", "{\"skip\": true}", 200);
            assertThat(end.get("turn").get("kind").asText()).isEqualTo("end");
            assertThat(end.get("debrief").get("endedEarly").asBoolean()).isFalse();
            JsonNode list = json(client.get("/api/mock"), 200);
            assertThat(list.get("sessions").get(0).get("id").asText()).isEqualTo(id[0]);
            assertThat(list.get("sessions").get(0).get("status").asText()).isEqualTo("ended");
        });
    }

    @Test
    void should_refuse_bad_input_with_the_status_and_field_named() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // given
            String id = post(client, "/api/mock", "{}", 201).get("id").asText();
            String tooLong = "a".repeat(InputLimits.MAX_DRAFT_CHARS + 1);

            // when / then
            assertThat(json(client.get("/api/mock/no-such-session"), 404).get("message").asText()).contains("no-such-session");
            assertThat(post(client, "/api/mock/no-such-session/answer", "{\"answer\": \"x\"}", 404).get("status").asInt()).isEqualTo(404);
            assertThat(post(client, "/api/mock/no-such-session/end", "", 404).get("status").asInt()).isEqualTo(404);
            assertThat(post(client, "/api/mock/" + id + "/answer", "{\"answer\": \"   \"}", 400).get("message").asText()).contains("'answer'");
            assertThat(post(client, "/api/mock/" + id + "/answer", "{}", 400).get("message").asText()).contains("'answer'");
            assertThat(post(client, "/api/mock/" + id + "/answer", "{\"answer\": \"" + tooLong + "\"}", 413).get("message").asText())
                    .contains("'answer'");
            assertThat(post(client, "/api/mock", "{\"questions\": 11}", 400).get("message").asText()).contains("'questions'");
            assertThat(post(client, "/api/mock", "{\"followUps\": 4}", 400).get("message").asText()).contains("'followUps'");
            assertThat(post(client, "/api/mock", "{\"questionIds\": [\"nope\"]}", 400).get("message").asText()).contains("'questionIds'");
            assertThat(post(client, "/api/mock", "{\"questions\": \"five\"}", 400).get("message").asText()).contains("'questions'");
        });
    }
}
