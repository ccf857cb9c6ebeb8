package dev.rehearse.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.CapturedStderr;
import dev.rehearse.testing.Patience;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The data folder's {@code index/} deleted under the real server, assembled as {@code serve} does (index opened
 * in the data folder, knowledge watched, history in the data folder), while clients search.
 */
@Tag("integration")
class IndexDeletionApiTest {

    private static final Duration PATIENCE = Patience.ofSeconds(20);
    private static final String NOTES = """
            Tell me about a time you fixed a broken data pipeline.

            "Our nightly load of card payments failed silently for a week. I added row-count checks
            and a freshness alert, replayed the missing days, and wrote a runbook so on-call could fix it."

            Why do you want to join us?

            "I want to own the data foundation end to end and make it trustworthy for product teams."
            """;
    private static final String COMPANY = """
            ---
            sources: test fixture
            gathered: 2025-01-01
            ---
            # Overview

            The company sells journey-management software to large service organisations. Teams map
            customer journeys, link them to metrics, and decide which improvements to fund next quarter.
            """;

    @TempDir
    Path knowledgeDir;
    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void should_answer_every_search_and_rebuild_when_the_index_folder_is_deleted() throws Exception {
        // given
        write("candidate/notes.txt", NOTES);
        write("company/overview.md", COMPANY);
        Path indexDir = dataDir.resolve("index");
        try (CapturedStderr log = CapturedStderr.start();
             KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, BundledKnowledge.embedder());
             AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            index.startWatching();
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, knowledgeDir, dataDir), RehearseApp.offline(index, store)).start();
            try {
                Clients clients = Clients.start(this, server, 4);

                // when
                deleteRecursively(indexDir);
                await().atMost(PATIENCE).until(() -> validIndex(indexDir));
                write("company/overview.md", COMPANY.replace("journey-management software", "sailing holidays for pelicans"));

                // then: the edit is searchable (the rebuilt index takes syncs), and no search ever failed
                await().atMost(PATIENCE).untilAsserted(() -> {
                    JsonNode hits = search(server, "pelicans sailing", "bm25").get("hits");
                    assertThat(hits).isNotEmpty();
                    assertThat(hits.get(0).get("text").asText()).contains("sailing holidays for pelicans");
                });
                clients.stop();
                assertThat(clients.failures).isEmpty();
                assertThat(clients.ok.get()).isGreaterThan(20);
                assertThat(log.linesContaining("was deleted while Rehearse was running")).hasSize(1);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void should_answer_503_naming_the_problem_when_the_index_cannot_answer() throws Exception {
        // given: an index closed under the server, as at shutdown
        write("candidate/notes.txt", NOTES);
        KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, dataDir.resolve("index"), BundledKnowledge.embedder());
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, knowledgeDir, dataDir), RehearseApp.offline(index, store)).start();
            try {
                index.close();

                // when
                HttpResponse<String> response = get(server, "/api/search?q=pipeline");

                // then
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
                JsonNode body = Json.MAPPER.readTree(response.body());
                assertThat(body.get("status").asInt()).isEqualTo(503);
                assertThat(body.get("error").asText()).isEqualTo("index_unavailable");
                assertThat(body.get("message").asText()).contains("search index").doesNotContain("Exception").doesNotContain("\tat ");
            } finally {
                server.stop();
            }
        }
    }

    /** Clients searching in turn in every mode for a passage of the notes file, which the test never edits. */
    private static final class Clients {
        private final ExecutorService pool;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger ok = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        private Clients(int n) {
            pool = Executors.newFixedThreadPool(n);
        }

        static Clients start(IndexDeletionApiTest test, RehearseServer server, int n) {
            Clients c = new Clients(n);
            String[] modes = {"hybrid", "bm25", "vector"};
            for (int t = 0; t < n; t++) {
                int thread = t;
                c.pool.submit(() -> {
                    int i = 0;
                    while (c.running.get()) {
                        String mode = modes[(thread + i++) % modes.length];
                        try {
                            HttpResponse<String> r = test.get(server, "/api/search?q=" + enc("fixed a broken payments pipeline") + "&mode=" + mode);
                            JsonNode hits = r.statusCode() == 200 ? Json.MAPPER.readTree(r.body()).get("hits") : null;
                            if (hits == null || hits.isEmpty()) {
                                c.failures.add(mode + " → " + r.statusCode() + " " + r.body());
                            } else {
                                c.ok.incrementAndGet();
                            }
                        } catch (Exception e) {
                            c.failures.add(mode + " → " + e);
                        }
                    }
                });
            }
            return c;
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    private JsonNode search(RehearseServer server, String q, String mode) throws Exception {
        HttpResponse<String> r = get(server, "/api/search?q=" + enc(q) + "&mode=" + mode);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private HttpResponse<String> get(RehearseServer server, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .timeout(Patience.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void write(String relative, String text) throws IOException {
        Path file = knowledgeDir.resolve(relative);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean validIndex(Path dir) {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            return reader.numDocs() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** As {@code rm -rf}, again if the server's rebuild refilled the folder halfway through. */
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
