package dev.rehearse.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.service.Json;
import dev.rehearse.testing.ChildJvm;
import dev.rehearse.testing.Patience;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code attemptId} in the answer to a saving critique ({@code POST /api/critique} with {@code "save": true})
 * is a promise: the real server runs in its own JVM, four clients ask for saved critiques as fast as it answers,
 * the server is killed with SIGKILL mid-burst, and a new server on the same data folder must hand back every
 * attempt whose id was answered, with the draft sent and the report answered, unchanged.
 */
@Tag("integration")
class AttemptApiDurabilityTest {

    private static final int ROUNDS = 3;
    private static final int CLIENTS = 4;

    @TempDir
    Path dataDir;

    private final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void should_find_every_acknowledged_attempt_after_the_server_is_killed_mid_burst() throws Exception {
        // given
        Map<Long, Saved> acknowledged = new ConcurrentHashMap<>();
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            try (ChildJvm server = ChildJvm.start(ServerMain.class, List.of(dataDir.toString()))) {
                String base = "http://127.0.0.1:" + port(server) + "/api/critique";
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger acks = new AtomicInteger();
                AtomicInteger failures = new AtomicInteger();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    String who = "round " + round + " client " + c;
                    Thread t = new Thread(() -> burst(base, who, stop, acknowledged, acks, failures));
                    t.start();
                    clients.add(t);
                }
                int wanted = 40 + 20 * round;
                // a generous ceiling: each save runs the offline coach, on a machine that may be heavily shared
                await().atMost(Patience.of(Duration.ofMinutes(5))).pollInterval(Duration.ofMillis(5)).until(() -> acks.get() >= wanted);

                // when: SIGKILL while the clients are still sending
                assertThat(server.isAlive()).isTrue();
                server.kill();
                stop.set(true);
                for (Thread t : clients) {
                    t.join(10_000);
                }
                assertThat(unexpected).as("answers other than 200 with an attemptId while the server was up").isEmpty();
                assertThat(acks.get()).as("acknowledged before the kill").isGreaterThanOrEqualTo(40 + 20 * round);
                refused += failures.get();
            }
        }

        // then: a restarted server hands back every acknowledged attempt as it was sent
        try (ChildJvm server = ChildJvm.start(ServerMain.class, List.of(dataDir.toString()))) {
            String base = "http://127.0.0.1:" + port(server);
            for (Map.Entry<Long, Saved> e : acknowledged.entrySet()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/attempts/" + e.getKey())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("acknowledged attempt %d after the restart", e.getKey()).isEqualTo(200);
                JsonNode stored = Json.MAPPER.readTree(r.body());
                assertThat(stored.get("draft").asText()).isEqualTo(e.getValue().draft());
                assertThat(stored.get("mode").asText()).isEqualTo("critique");
                assertThat(stored.get("report")).isEqualTo(e.getValue().report());
                assertThat(stored.get("overallScore").asDouble())
                        .isEqualTo(e.getValue().report().get("scores").get("overall").asDouble());
            }
            System.out.printf("api durability: %d kills, %d acknowledged attempts all found after restart,"
                    + " %d requests cut off by the kills%n", ROUNDS, acknowledged.size(), refused);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * 40);
    }

    /** What an acknowledged save sent and got back: the draft, and the report without its attemptId. */
    private record Saved(String draft, JsonNode report) {
    }

    private void burst(String url, String who, AtomicBoolean stop, Map<Long, Saved> acknowledged, AtomicInteger acks,
                       AtomicInteger failures) {
        for (int seq = 0; !stop.get(); seq++) {
            String draft = who + " attempt " + seq + ": I rebuilt the ingestion pipeline. " + "words ".repeat(seq % 50);
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("questionId", "durability");
            body.put("question", "Walk me through the pipeline");
            body.put("draft", draft);
            body.put("save", true);
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .timeout(Patience.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode answer = r.statusCode() == 200 ? Json.MAPPER.readTree(r.body()) : null;
                if (answer != null && answer.hasNonNull("attemptId")) {
                    // only now is the save acknowledged
                    long id = ((ObjectNode) answer).remove("attemptId").asLong();
                    acknowledged.put(id, new Saved(draft, answer));
                    acks.incrementAndGet();
                } else {
                    unexpected.add(r.statusCode() + " " + r.body());
                    return;
                }
            } catch (java.io.IOException e) {
                // the server died under this request: not acknowledged, so nothing is owed
                failures.incrementAndGet();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int port(ChildJvm server) throws InterruptedException {
        String ready = server.awaitLines(l -> l.startsWith("READY "), 1, Patience.ofSeconds(120)).get(0);
        return Integer.parseInt(ready.substring("READY ".length()).strip());
    }
}
