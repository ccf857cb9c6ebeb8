package dev.rehearse.http;

import dev.rehearse.RehearseApp;
import dev.rehearse.practice.AttemptStore;

import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company and the question type as the page reads them: {@code GET /api/config} and {@code /api/question-type}. */
@Tag("integration")
class CompanyApiTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-company/knowledge");

    @TempDir
    Path data;

    @Test
    void should_give_the_page_the_company_the_knowledge_folder_declares() {
        try (KnowledgeIndex index = KnowledgeIndex.open(FIXTURE, data.resolve("index"), BundledKnowledge.embedder())) {
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, FIXTURE, data), RehearseApp.offline(index, AttemptStore.inDataDir(data)));
            JavalinTest.test(server.javalin(), (app, client) -> {
                // when
                JsonNode config = json(client.get("/api/config"), 200);

                // then
                assertThat(config.at("/company/name").asText()).isEqualTo("Quillmark");
                // this server has no spelling check: it will never be ready, so the page must not wait for it
                assertThat(config.at("/language/ready").asBoolean()).isFalse();
                assertThat(config.at("/language/loading").asBoolean()).isFalse();
            });
        }
    }

    @Test
    void should_classify_a_question_the_way_a_critique_reports_it() {
        try (KnowledgeIndex index = KnowledgeIndex.open(FIXTURE, data.resolve("index"), BundledKnowledge.embedder())) {
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, FIXTURE, data), RehearseApp.offline(index, AttemptStore.inDataDir(data)));
            JavalinTest.test(server.javalin(), (app, client) -> {
                // when: "why <the company>" is motivation only because the folder names Quillmark
                JsonNode type = json(client.get("/api/question-type?q=" + URLEncoder.encode("Why Quillmark?", StandardCharsets.UTF_8)), 200);

                // then: the same object as a critique's "question"
                assertThat(type.get("type").asText()).isEqualTo("motivation");
                assertThat(type.get("label").asText()).isNotBlank();
                assertThat(type.at("/target/minWords").asInt()).isPositive();
                assertThat(type.at("/target/maxWords").asInt()).isGreaterThan(type.at("/target/minWords").asInt());
            });
        }
    }

    @Test
    void should_refuse_a_missing_or_too_long_question_with_a_json_error() {
        try (KnowledgeIndex index = KnowledgeIndex.open(FIXTURE, data.resolve("index"), BundledKnowledge.embedder())) {
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, FIXTURE, data), RehearseApp.offline(index, AttemptStore.inDataDir(data)));
            JavalinTest.test(server.javalin(), (app, client) -> {
                assertThat(json(client.get("/api/question-type"), 400).get("message").asText()).contains("'q' is required");
                // a query parameter over its limit is a 400 naming it, as on every GET route
                assertThat(json(client.get("/api/question-type?q=" + "a".repeat(2_001)), 400).get("message").asText())
                        .contains("the limit is");
            });
        }
    }

    @Test
    void should_name_the_folders_company_in_the_saved_tie_and_the_prep_pack() {
        // given: a server over another company's folder, and a tie the page asked to save
        try (KnowledgeIndex index = KnowledgeIndex.open(FIXTURE, data.resolve("index"), BundledKnowledge.embedder());
             AttemptStore store = AttemptStore.inDataDir(data)) {
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, FIXTURE, data), RehearseApp.offline(index, store));
            JavalinTest.test(server.javalin(), (app, client) -> {
                String body = "{\"question\": \"Tell me about a time you improved a slow pipeline?\", \"draft\": "
                        + "\"At Ferrobank I rebuilt the nightly settlement pipeline and cut it from six hours to forty minutes.\", \"save\": true}";

                // when
                JsonNode tie = json(client.post("/api/tie", body, r -> r.header("Content-Type", "application/json")), 200);
                String pack = client.get("/api/prep-pack").body().string();

                // then: the company is the folder's, never the bundled one
                assertThat(tie.get("attemptId").asLong()).isPositive();
                assertThat(tie.toString()).doesNotContain("TheyDo");
                assertThat(pack).contains("Quillmark").doesNotContain("TheyDo");
            });
        }
    }
}
