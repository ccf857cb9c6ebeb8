package dev.rehearse.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.Embedder;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.Patience;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/health} tells a poller whether the search index is ready or being rebuilt, and why. */
@Tag("integration")
class IndexHealthApiTest {

    private static final Duration PATIENCE = Patience.ofSeconds(30);
    private static final String NOTES = """
            Tell me about a time you fixed a broken data pipeline.

            "Our nightly load of card payments failed silently for a week. I added row-count checks
            and a freshness alert, replayed the missing days, and wrote a runbook so on-call could fix it."
            """;

    @TempDir
    Path knowledgeDir;
    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void should_report_rebuilding_with_a_note_while_the_deleted_index_is_rebuilt_and_ready_after() throws Exception {
        // given: a served index whose embedding of passages can be held up, as a large folder's rebuild would be
        Files.createDirectories(knowledgeDir.resolve("candidate"));
        Files.writeString(knowledgeDir.resolve("candidate/notes.txt"), NOTES);
        Path indexDir = dataDir.resolve("index");
        GatedEmbedder embedder = new GatedEmbedder(BundledKnowledge.embedder());
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, embedder)) {
            index.startWatching();
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, knowledgeDir, dataDir), RehearseApp.offline(index, AttemptStore.inDataDir(dataDir))).start();
            try {
                JsonNode before = health(server);
                assertThat(before.get("index").asText()).isEqualTo("ready");
                assertThat(before.get("indexNote").isNull()).as("indexNote null when ready: %s", before).isTrue();

                // when: passages wait at the gate, and the index folder is deleted
                embedder.hold();
                deleteRecursively(indexDir);
                await().atMost(PATIENCE).until(embedder::someoneWaits);

                // then: the rebuild is under way, said in plain words, and the server still serves searches
                JsonNode during = health(server);
                assertThat(during.get("status").asText()).isEqualTo("ok");
                assertThat(during.get("index").asText()).isEqualTo("rebuilding");
                assertThat(during.get("indexNote").asText())
                        .contains("was deleted while Rehearse was running")
                        .contains("rebuilding it from the knowledge files")
                        .contains("searches use the index as it was")
                        .doesNotContain("Exception");
                HttpResponse<String> search = get(server, "/api/search?q=freshness%20alert&mode=hybrid");
                assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
                assertThat(Json.MAPPER.readTree(search.body()).get("hits")).isNotEmpty();

                // and when the embedding goes on, the rebuilt index is swapped in and health says ready again
                embedder.release();
                await().atMost(PATIENCE).untilAsserted(() -> {
                    JsonNode after = health(server);
                    assertThat(after.get("index").asText()).isEqualTo("ready");
                    assertThat(after.get("indexNote").isNull()).as("indexNote null when ready: %s", after).isTrue();
                });
                assertThat(health(server).get("status").asText()).isEqualTo("ok");
            } finally {
                // a failed assertion must not leave the rebuild blocked, or closing the index would wait on it
                embedder.release();
                server.stop();
            }
        }
    }

    /** The real model, except that while held, embedding passages waits until released. Queries are never held. */
    private static final class GatedEmbedder implements Embedder {
        private final Embedder model;
        private final CountDownLatch waiting = new CountDownLatch(1);
        private volatile CountDownLatch gate;

        GatedEmbedder(Embedder model) {
            this.model = model;
        }

        void hold() {
            gate = new CountDownLatch(1);
        }

        void release() {
            CountDownLatch g = gate;
            gate = null;
            if (g != null) {
                g.countDown();
            }
        }

        boolean someoneWaits() {
            return waiting.getCount() == 0;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            CountDownLatch g = gate;
            if (g != null) {
                waiting.countDown();
                try {
                    // a safety net so a broken test cannot hang the build, not a timing assertion
                    if (!g.await(5, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("the test never released the embedding gate");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted at the embedding gate", e);
                }
            }
            return model.embedAll(texts);
        }

        @Override
        public float[] embed(String text) {
            return model.embed(text);
        }

        @Override
        public boolean reads(String text) {
            return model.reads(text);
        }

        @Override
        public int dimension() {
            return model.dimension();
        }

        @Override
        public String modelId() {
            return model.modelId();
        }

        @Override
        public List<String> windows(String heading, String body) {
            return model.windows(heading, body);
        }
    }

    private JsonNode health(RehearseServer server) throws Exception {
        HttpResponse<String> r = get(server, "/api/health");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private HttpResponse<String> get(RehearseServer server, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .timeout(Patience.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** As {@code rm -rf}, again if the index's rebuild refilled the folder halfway through. */
    private static void deleteRecursively(Path dir) throws IOException {
        for (int attempt = 0; Files.exists(dir); attempt++) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }
}
