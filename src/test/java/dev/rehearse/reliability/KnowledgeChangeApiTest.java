package dev.rehearse.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.FolderSnapshot;
import dev.rehearse.testing.Patience;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Knowledge files edited, deleted and recreated while clients search over HTTP: the server as {@code serve} runs
 * it for search (the index of a copy of the bundled knowledge, watched for changes), four clients calling
 * {@code /api/search} in every mode without pause, and the test rewriting one research file, deleting it,
 * recreating it and editing another. No query may fail, a query about the untouched notes must always find them,
 * and the index must catch up with the last state of the files.
 */
@Tag("integration")
class KnowledgeChangeApiTest {

    private static final int CLIENTS = 4;
    private static final String STABLE = "rebuilding the payments ingestion pipeline";
    private static final String NOTES = "candidate/theydo-data-engineer-notes.txt";
    private static final String VOLATILE = "company/volatile.md";

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void should_answer_every_search_while_files_change_and_catch_up_with_the_last_change() throws Exception {
        // given
        Path knowledge = work.resolve("knowledge");
        FolderSnapshot.copy(BundledKnowledge.FOLDER, knowledge);
        Path data = work.resolve("data");
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledge, data.resolve("index"), BundledKnowledge.embedder());
             AttemptStore store = AttemptStore.inDataDir(data)) {
            index.startWatching();
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, knowledge, data), RehearseApp.offline(index, store)).start();
            String base = "http://127.0.0.1:" + server.javalin().port();
            int filesBefore = health(base).get("files").asInt();
            try {
                AtomicBoolean changing = new AtomicBoolean(true);
                Queue<String> failures = new ConcurrentLinkedQueue<>();
                AtomicInteger searches = new AtomicInteger();
                AtomicInteger stableMisses = new AtomicInteger();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    Thread t = new Thread(() -> search(base, client, changing, failures, searches, stableMisses), "search-client-" + c);
                    t.start();
                    clients.add(t);
                }

                // when: a research file is written, rewritten, deleted and recreated, another one edited, 24 times
                Path research = knowledge.resolve("company/overview.md");
                String original = Files.readString(research);
                for (int round = 0; round < 24; round++) {
                    Path file = knowledge.resolve(VOLATILE);
                    if (round % 6 == 5) {
                        Files.deleteIfExists(file);
                    } else {
                        Files.writeString(file, "# Volatile research\n\nThe zanzibar quokka ledger, version " + round + ".\n\n"
                                + "## Outcomes\n\nRetention rose in round " + round + ".\n");
                    }
                    if (round % 4 == 0) {
                        Files.writeString(research, original + "\nA line added in round " + round + ": kumquatlemma.\n");
                    }
                    // the next change once the clients have searched the files as they are now (one pair of searches per
                    // client, in count), so every state of the folder is searched while the index follows it
                    int seen = searches.get();
                    await().atMost(Patience.ofSeconds(30)).until(() -> searches.get() >= seen + 2 * CLIENTS);
                }
                Files.writeString(research, original);
                Files.writeString(knowledge.resolve(VOLATILE), "# Volatile research\n\nThe marmaladeweasel ledger, final.\n");

                // then: the index catches up with the last state: the new word found, the old one gone
                await().atMost(Patience.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    assertThat(sources(base, "marmaladeweasel")).containsExactly(VOLATILE);
                    assertThat(sources(base, "zanzibar quokka")).doesNotContain(VOLATILE);
                    assertThat(sources(base, "kumquatlemma")).isEmpty();
                });
                changing.set(false);
                for (Thread t : clients) {
                    t.join(30_000);
                }
                assertThat(failures).as("failed searches").isEmpty();
                assertThat(stableMisses).as("searches about the untouched notes that missed them").hasValue(0);
                assertThat(searches.get()).as("searches made while the files changed").isGreaterThan(100);

                // and a deleted file leaves the index: its passages are gone, their ids answer 404
                String passage = hits(base, "marmaladeweasel").get(0).get("id").asText();
                Files.delete(knowledge.resolve(VOLATILE));
                await().atMost(Patience.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    assertThat(sources(base, "marmaladeweasel")).isEmpty();
                    assertThat(get(base + "/api/sources/" + passage).statusCode()).isEqualTo(404);
                    assertThat(health(base).get("files").asInt()).isEqualTo(filesBefore);
                });
                System.out.printf("knowledge changes: %d searches by %d clients while 24 changes were made, none failed%n",
                        searches.get(), CLIENTS);
            } finally {
                server.stop();
            }
        }
    }

    private void search(String base, int client, AtomicBoolean changing, Queue<String> failures, AtomicInteger searches,
                        AtomicInteger stableMisses) {
        String[] modes = {"hybrid", "bm25", "vector"};
        for (int i = 0; changing.get(); i++) {
            String mode = modes[(client + i) % modes.length];
            try {
                HttpResponse<String> stable = get(base + "/api/search?k=5&mode=" + mode + "&q=" + enc(STABLE));
                HttpResponse<String> moving = get(base + "/api/search?k=5&mode=" + mode + "&q=" + enc("zanzibar quokka ledger outcomes"));
                for (HttpResponse<String> r : List.of(stable, moving)) {
                    if (r.statusCode() != 200) {
                        failures.add(r.statusCode() + " " + r.body());
                    }
                }
                if (stable.statusCode() == 200 && !Json.MAPPER.readTree(stable.body()).get("hits").toString().contains(NOTES)) {
                    stableMisses.incrementAndGet();
                }
                searches.addAndGet(2);
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Patience.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode health(String base) throws Exception {
        return Json.MAPPER.readTree(get(base + "/api/health").body());
    }

    private List<JsonNode> hits(String base, String q) throws Exception {
        HttpResponse<String> r = get(base + "/api/search?k=10&mode=bm25&q=" + enc(q));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        Json.MAPPER.readTree(r.body()).get("hits").forEach(out::add);
        return out;
    }

    private List<String> sources(String base, String q) throws Exception {
        return hits(base, q).stream().map(h -> h.get("source").asText()).distinct().toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
