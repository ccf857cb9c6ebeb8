package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search API over the bundled knowledge, on a real server. */
@Tag("integration")
class SearchApiTest {

    private static RehearseServer server() {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, Path.of("target/unused-data"));
        return new RehearseServer(settings, RehearseApp.offline(BundledKnowledge.index(), AttemptStore.inDataDir(settings.dataDir())));
    }

    @Test
    void should_report_health_with_passage_counts() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            // when
            JsonNode health = json(client.get("/api/health"), 200);

            // then
            assertThat(health.get("status").asText()).isEqualTo("ok");
            // the total is the sum of the kinds (the research, rewritten as fact lines, now gives about fifty passages)
            int byKind = 0;
            for (JsonNode n : health.get("passagesByKind")) {
                byKind += n.asInt();
            }
            assertThat(health.get("passages").asInt()).isEqualTo(byKind).isGreaterThan(40);
            assertThat(health.get("passagesByKind").get("answer").asInt()).isEqualTo(11);
            assertThat(health.get("passagesByKind").get("interviewer-said").asInt()).isEqualTo(3);
            assertThat(health.get("passagesByKind").get("research").asInt()).isEqualTo(30);
            assertThat(health.get("files").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(health.get("indexAgeSeconds").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(health.get("index").asText()).isEqualTo("ready");
            assertThat(health.get("indexNote").isNull()).as("indexNote present and null: %s", health).isTrue();
        });
    }

    @Test
    void should_find_the_paypal_answer_with_its_source_lines() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode body = json(client.get("/api/search?q=" + enc("rebuilding the payments ingestion pipeline") + "&k=3"), 200);

            JsonNode hits = body.get("hits");
            assertThat(hits).hasSizeLessThanOrEqualTo(3).isNotEmpty();
            JsonNode top = hits.get(0);
            assertThat(top.get("source").asText()).isEqualTo("candidate/theydo-data-engineer-notes.txt");
            assertThat(top.get("kind").asText()).isEqualTo("answer");
            assertThat(top.get("lines").get("start").asInt()).isEqualTo(69);
            assertThat(top.get("lines").get("end").asInt()).isEqualTo(77);
            assertThat(top.get("section").asText()).isEqualTo("Part 2");
            assertThat(top.get("text").asText()).contains("PayPal ingestion pipeline");
            assertThat(top.get("id").asText()).hasSize(12);
            assertThat(top.get("score").asDouble()).isPositive();
            String snippet = top.get("snippet").asText();
            JsonNode first = top.get("highlights").get(0);
            assertThat(snippet.substring(first.get(0).asInt(), first.get(1).asInt()).toLowerCase())
                    .containsAnyOf("payment", "ingestion", "pipeline", "rebuild");
            assertThat(body.get("mode").asText()).isEqualTo("hybrid");
        });
    }

    @Test
    void should_filter_by_kind_and_source_in_each_mode() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            for (String mode : new String[] {"bm25", "vector", "hybrid"}) {
                JsonNode research = json(client.get("/api/search?q=" + enc("Snowflake key-pair authentication")
                        + "&mode=" + mode + "&kind=research"), 200).get("hits");
                assertThat(research).isNotEmpty().allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("research"));

                JsonNode company = json(client.get("/api/search?q=" + enc("what did the interviewer say about success")
                        + "&mode=" + mode + "&source=company/"), 200).get("hits");
                assertThat(company).isNotEmpty().allSatisfy(h -> assertThat(h.get("source").asText()).startsWith("company/"));
            }
        });
    }

    @Test
    void should_list_the_question_bank_with_current_answers() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode body = json(client.get("/api/questions"), 200);

            assertThat(body.get("count").asInt()).isEqualTo(11);
            JsonNode dataModel = null;
            for (JsonNode q : body.get("questions")) {
                if (q.get("question").asText().equals("what makes a good data model?")) {
                    dataModel = q;
                }
            }
            assertThat(dataModel).isNotNull();
            assertThat(dataModel.get("answer").asText()).startsWith("a good data model has a clearly defined level of detail");
            assertThat(dataModel.get("lines").get("start").asInt()).isEqualTo(81);
            assertThat(dataModel.get("section").asText()).isEqualTo("Part 2");
            assertThat(dataModel.get("answerWords").asInt()).isBetween(45, 60);
        });
    }

    @Test
    void should_return_a_passage_by_id_and_404_for_an_unknown_one() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode hit = json(client.get("/api/search?q=" + enc("data foundation") + "&kind=interviewer-said&k=1"), 200)
                    .get("hits").get(0);
            String id = hit.get("id").asText();

            JsonNode passage = json(client.get("/api/sources/" + id), 200);
            assertThat(passage.get("text").asText()).isEqualTo("data foundation");
            assertThat(passage.get("citation").asText()).isEqualTo("candidate/theydo-data-engineer-notes.txt:112");
            assertThat(passage.get("title").asText()).isEqualTo("what are the biggest data platform challenges you're currently facing?");

            JsonNode missing = json(client.get("/api/sources/000000000000"), 404);
            assertThat(missing.get("error").asText()).isEqualTo("not_found");
            assertThat(missing.get("message").asText()).contains("000000000000");
            json(client.get("/api/sources/..%2F..%2Fetc%2Fpasswd"), 404);
        });
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/search|'q' is required",
            "/api/search?q=|'q' must not be blank",
            "/api/search?q=%20%20|'q' must not be blank",
            "/api/search?q=x&k=0|'k' must be between 1 and 50",
            "/api/search?q=x&k=51|'k' must be between 1 and 50",
            "/api/search?q=x&k=ten|'k' must be a whole number",
            "/api/search?q=x&mode=fuzzy|unknown mode 'fuzzy'",
            "/api/search?q=x&kind=email|unknown kind 'email'",
    })
    void should_refuse_bad_search_input_with_a_json_error(String path, String expected) {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode error = json(client.get(path), 400);
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("error").asText()).isEqualTo("bad_request");
            assertThat(error.get("message").asText()).contains(expected);
        });
    }

    @Test
    void should_refuse_a_query_over_2000_characters() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode ok = json(client.get("/api/search?q=" + "a".repeat(2000)), 200);
            assertThat(ok.get("hits")).isNotNull();

            JsonNode error = json(client.get("/api/search?q=" + "a".repeat(2001)), 400);
            assertThat(error.get("message").asText()).contains("2001 characters").contains("2000");
        });
    }

    @Test
    void should_answer_unknown_endpoints_with_json() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            JsonNode error = json(client.get("/api/nothing-here"), 404);
            assertThat(error.get("message").asText()).contains("/api/nothing-here");
        });
    }

    @Test
    void should_serve_the_page() {
        JavalinTest.test(server().javalin(), (app, client) -> {
            Response page = client.get("/");
            assertThat(page.code()).isEqualTo(200);
            assertThat(header(page, "Content-Type")).startsWith("text/html");
            assertThat(page.body().string()).contains("<title>Rehearse</title>");
        });
    }

    static JsonNode json(Response response, int expectedStatus) throws IOException {
        String body = response.body().string();
        assertThat(response.code()).as(body).isEqualTo(expectedStatus);
        assertThat(header(response, "Content-Type")).startsWith("application/json");
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        return Json.MAPPER.readTree(body);
    }

    static String header(Response response, String name) {
        return String.join(",", response.headers().get(name));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
