package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.roles.RoleModelCache;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.service.PlanService;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planning endpoints over the bundled notes, with the real model. */
@Tag("integration")
class PlanApiTest {

    @TempDir
    Path data;

    @Test
    void should_serve_stories_coverage_and_plan_and_refuse_an_unknown_company_by_name() {
        KnowledgeIndex index = BundledKnowledge.index();
        try (AttemptStore attempts = AttemptStore.inDataDir(data)) {
            RehearseService service = RehearseApp.offline(index, attempts);
            MiniLmEmbedder m = BundledKnowledge.embedder();
            MeaningReader meaning = new MeaningReader(new SentenceEmbedder(m.modelId(), m::embedAll), RoleModelCache.inMemory());
            PlanService plan = RehearseApp.plan(Env.load(data, Map.of()), m, meaning, index, service, attempts);
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data), service,
                    new VoiceController(Optional.empty(), dev.rehearse.voice.RecordingStore.inDataDir(data,
                            dev.rehearse.voice.VoiceSettings.none())), plan);
            JavalinTest.test(server.javalin(), (app, client) -> {
                // when
                JsonNode stories = json(client.get("/api/stories"), 200);
                JsonNode coverage = json(client.get("/api/coverage?company=TheyDo"), 200);
                JsonNode today = json(client.get("/api/plan"), 200);
                JsonNode unknown = json(client.get("/api/plan?company=Acme"), 404);

                // then
                assertThat(stories.get("count").asInt()).isGreaterThanOrEqualTo(2);
                assertThat(stories.at("/stories/0/lines/0/startLine").asInt()).isPositive();
                assertThat(coverage.get("gaps").findValuesAsText("id")).contains("standard:conflict", "standard:failure");
                assertThat(today.at("/items/0/kind").asText()).isEqualTo("gap");
                assertThat(today.get("minutes").asInt()).isPositive();
                assertThat(unknown.get("message").asText()).contains("\"Acme\"").contains("TheyDo");
            });
        }
    }
}
