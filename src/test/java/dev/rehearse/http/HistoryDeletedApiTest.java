package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.service.Json;
import dev.rehearse.testing.LiveServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder deleted while the server runs: a save the server acknowledges must be on disk, so it is still
 * there after a restart, and the status must not claim a history that is gone.
 */
@Tag("integration")
class HistoryDeletedApiTest {

    private static final String QUESTION = "Tell me about a pipeline you rebuilt";

    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_keep_every_acknowledged_save_across_a_restart_when_the_data_folder_was_deleted_while_serving()
            throws Exception {
        // given: a server with one saved attempt, and then its whole data folder deleted under it
        Path dataDir = root.resolve("data");
        long afterDelete;
        try (LiveServer server = LiveServer.start(dataDir)) {
            JsonNode before = save(server, "I rebuilt the nightly pipeline before anything was deleted.");
            assertThat(before.has("attemptId")).isTrue();
            deleteTree(dataDir);

            // when
            JsonNode after = save(server, "I rebuilt it again after the data folder was deleted.");

            // then: acknowledged with an id, the status is truthful, and the history shows it
            assertThat(after.has("attemptId")).as(after.toString()).isTrue();
            afterDelete = after.get("attemptId").asLong();
            JsonNode status = get(server, "/api/practice/status", 200);
            assertThat(status.get("available").asBoolean()).isTrue();
            assertThat(Path.of(status.get("databaseFile").asText())).isRegularFile();
            get(server, "/api/attempts/" + afterDelete, 200);
        }

        // then: a restart on the same folder finds the acknowledged save, with its draft
        try (LiveServer restarted = LiveServer.start(dataDir)) {
            JsonNode attempt = get(restarted, "/api/attempts/" + afterDelete, 200);
            assertThat(attempt.toString()).contains("after the data folder was deleted");
        }
    }

    private JsonNode save(LiveServer server, String draft) throws IOException, InterruptedException {
        String body = Json.MAPPER.createObjectNode().put("question", QUESTION).put("draft", draft).put("save", true)
                .toString();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url("/api/critique")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }

    private JsonNode get(LiveServer server, String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return Json.MAPPER.readTree(response.body());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
