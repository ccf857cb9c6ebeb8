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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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

    @Test
    void should_name_each_stories_md_problem_in_health_and_keep_stories_md_out_of_the_research() throws Exception {
        // given: a copy of the bundled notes with a stories.md holding an unknown theme, lines past the end of the
        // notes and a heading with no title
        Path knowledge = data.resolve("knowledge");
        copy(BundledKnowledge.FOLDER, knowledge);
        String notes = "candidate/theydo-data-engineer-notes.txt";
        Files.writeString(knowledge.resolve("stories.md"), """
                ## Payments pipeline rebuild
                lines: %s:69-77
                themes: ownership, bravery

                ## Something from long ago
                lines: %s:9000-9010

                ##
                themes: reliability
                """.formatted(notes, notes));
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledge, data.resolve("index"), BundledKnowledge.embedder());
             AttemptStore attempts = AttemptStore.inDataDir(data)) {
            RehearseService service = RehearseApp.offline(index, attempts);
            MiniLmEmbedder m = BundledKnowledge.embedder();
            MeaningReader meaning = new MeaningReader(new SentenceEmbedder(m.modelId(), m::embedAll), RoleModelCache.inMemory());
            PlanService plan = RehearseApp.plan(Env.load(data, Map.of()), m, meaning, index, service, attempts);
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, knowledge, data), service,
                    new VoiceController(Optional.empty(), dev.rehearse.voice.RecordingStore.inDataDir(data,
                            dev.rehearse.voice.VoiceSettings.none())), plan);
            JavalinTest.test(server.javalin(), (app, client) -> {
                // when
                JsonNode health = json(client.get("/api/health"), 200);
                JsonNode search = json(client.get("/api/search?q=bravery+ownership+payments+pipeline+rebuild&k=50"), 200);

                // then
                assertThat(health.get("status").asText()).isEqualTo("ok");
                assertThat(health.get("warnings")).extracting(JsonNode::asText).containsExactly(
                        "stories.md line 3: unknown theme bravery; the themes are " + dev.rehearse.plan.Theme.allWireNames(),
                        "stories.md line 8: a story heading with no title; the story under it is left out until it has one",
                        "stories.md line 5: " + notes + " has " + Files.readAllLines(knowledge.resolve(notes)).size()
                                + " lines, not 9010");
                assertThat(search.get("hits").findValuesAsText("source")).isNotEmpty().doesNotContain("stories.md");
            });
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
