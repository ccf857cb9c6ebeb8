package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.service.Json;
import dev.rehearse.testing.ChildJvm;
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

/**
 * The acknowledgement of {@code POST /api/attempts} is a promise: the real server runs in its own JVM, four
 * clients save attempts as fast as it answers, the server is killed with SIGKILL mid-burst, and a new server on
 * the same data folder must hand back every attempt that was answered 201, unchanged.
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
        Map<Long, String> acknowledged = new ConcurrentHashMap<>(); // id → draft
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            try (ChildJvm server = ChildJvm.start(ServerMain.class, List.of(dataDir.toString()))) {
                String base = "http://127.0.0.1:" + port(server) + "/api/attempts";
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
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> acks.get() >= wanted);

                // when: SIGKILL while the clients are still sending
                assertThat(server.isAlive()).isTrue();
                server.kill();
                stop.set(true);
                for (Thread t : clients) {
                    t.join(10_000);
                }
                assertThat(unexpected).as("answers other than 201 while the server was up").isEmpty();
                assertThat(acks.get()).as("acknowledged before the kill").isGreaterThanOrEqualTo(40 + 20 * round);
                refused += failures.get();
            }
        }

        // then: a restarted server hands back every acknowledged attempt as it was sent
        try (ChildJvm server = ChildJvm.start(ServerMain.class, List.of(dataDir.toString()))) {
            String base = "http://127.0.0.1:" + port(server);
            for (Map.Entry<Long, String> e : acknowledged.entrySet()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/attempts/" + e.getKey())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("acknowledged attempt %d after the restart", e.getKey()).isEqualTo(200);
                JsonNode stored = Json.MAPPER.readTree(r.body());
                assertThat(stored.get("draft").asText()).isEqualTo(e.getValue());
                assertThat(stored.get("report").get("marker").asText()).isEqualTo(e.getValue());
            }
            System.out.printf("api durability: %d kills, %d acknowledged attempts all found after restart,"
                    + " %d requests cut off by the kills%n", ROUNDS, acknowledged.size(), refused);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * 40);
    }

    private void burst(String url, String who, AtomicBoolean stop, Map<Long, String> acknowledged, AtomicInteger acks,
                       AtomicInteger failures) {
        for (int seq = 0; !stop.get(); seq++) {
            String draft = who + " attempt " + seq + ": I rebuilt the ingestion pipeline. " + "words ".repeat(seq % 50);
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("questionId", "durability");
            body.put("questionText", "Walk me through the pipeline");
            body.put("draft", draft);
            body.put("mode", "critique");
            body.putObject("report").put("marker", draft).putObject("scores").put("overall", 3.0);
            body.put("overallScore", 1 + (seq % 5));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    // only now is the save acknowledged
                    acknowledged.put(Json.MAPPER.readTree(r.body()).get("id").asLong(), draft);
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
        String ready = server.awaitLines(l -> l.startsWith("READY "), 1, Duration.ofSeconds(120)).get(0);
        return Integer.parseInt(ready.substring("READY ".length()).strip());
    }
}
