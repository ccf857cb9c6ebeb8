package dev.rehearse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.service.Json;
import dev.rehearse.practice.LockHolderMain;
import dev.rehearse.testing.ChildJvm;
import dev.rehearse.testing.LiveServer;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.RawHttp.Request;
import dev.rehearse.testing.ReadOnlyPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice history failing under a running server: its database locked by another process, or its data folder
 * read-only. A critique asked to save ({@code "save": true}) answers 503 with an error that names the problem and
 * the file (so the attempt is never silently dropped: the client is told it was not saved), nothing half-saved
 * appears, search and critique keep answering, and once the obstacle is gone the same request saves without a
 * restart.
 */
@Tag("integration")
class HistoryFaultApiTest {

    @TempDir
    Path data;

    private static ObjectNode attempt(String draft) {
        ObjectNode body = Barrage.savingBody();
        body.put("questionId", "q-fault");
        body.put("draft", draft);
        return body;
    }

    @Test
    void should_say_not_saved_while_another_process_locks_the_history_and_keep_serving_search_and_critique() throws Exception {
        try (LiveServer server = LiveServer.start(data)) {
            int port = port(server);
            // given: one attempt saved, then another program takes the write lock
            assertSaved(save(port, attempt("saved before the lock")));
            Path db = data.resolve("practice.db").toAbsolutePath();
            try (ChildJvm holder = ChildJvm.start(LockHolderMain.class, List.of(db.toString()))) {
                holder.awaitLines("LOCKED"::equals, 1, Duration.ofSeconds(60));

                // when
                RawHttp.Response refused = save(port, attempt("written while locked"));

                // then: 503 naming the lock and the file, with a hint to retry
                JsonNode error = Json.MAPPER.readTree(refused.body());
                assertThat(refused.status()).as(refused.bodyText()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isEqualTo("2");
                assertThat(error.get("error").asText()).isEqualTo("history_locked");
                assertThat(error.get("message").asText()).startsWith("Could not save the attempt").contains(db.toString(), "locked");

                // and the rest of the server answers meanwhile; the history reads (WAL) without the refused attempt
                assertServing(port);
                assertThat(drafts(port)).containsExactly("saved before the lock");

                holder.send("release");
                holder.awaitLines("RELEASED"::equals, 1, Duration.ofSeconds(30));
                assertThat(holder.waitForExit(Duration.ofSeconds(30))).isZero();
            }

            // then: the client's retry saves it, and the other program's uncommitted row never appears
            assertSaved(save(port, attempt("written while locked")));
            assertThat(drafts(port)).containsExactly("written while locked", "saved before the lock");
        }
    }

    @Test
    void should_say_not_saved_while_the_data_folder_is_read_only_and_save_once_it_is_writable_again() throws Exception {
        try (LiveServer server = LiveServer.start(data)) {
            int port = port(server);
            RawHttp.Response refused;
            JsonNode status;
            // given: the data folder read-only before the history was ever opened
            try (ReadOnlyPath readOnly = ReadOnlyPath.of(data)) {
                // when
                refused = save(port, attempt("written to a read-only folder"));
                status = Json.MAPPER.readTree(RawHttp.send(port, Request.of("GET", "/api/practice/status")).body());

                // then: the rest answers meanwhile
                assertServing(port);
                System.out.println("read-only data folder made with " + readOnly.how());
            }

            // then: 503 naming the folder's problem; the status route says the same
            JsonNode error = Json.MAPPER.readTree(refused.body());
            assertThat(refused.status()).as(refused.bodyText()).isEqualTo(503);
            assertThat(error.get("error").asText()).isEqualTo("history_read_only");
            assertThat(error.get("message").asText()).startsWith("Could not save the attempt")
                    .contains(data.resolve("practice.db").toAbsolutePath().toString(), "read-only");
            assertThat(status.get("available").asBoolean()).isFalse();
            assertThat(status.get("problem").asText()).isEqualTo("read-only");

            // and once the folder is writable the same request saves, without a restart
            assertSaved(save(port, attempt("written to a read-only folder")));
            assertThat(drafts(port)).containsExactly("written to a read-only folder");
            assertThat(Files.exists(data.resolve("practice.db"))).isTrue();
        }
    }

    private static RawHttp.Response save(int port, ObjectNode body) {
        return RawHttp.send(port, Request.of("POST", "/api/critique")
                .withBody("application/json", body.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The critique was answered and kept: its answer carries the id it was saved under. */
    private static void assertSaved(RawHttp.Response r) throws Exception {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(r.body()).path("attemptId").asLong()).as(r.bodyText()).isPositive();
    }

    /** The drafts of the question's attempts, newest first, read back through the API. */
    private static List<String> drafts(int port) throws Exception {
        RawHttp.Response r = RawHttp.send(port, Request.of("GET", "/api/attempts?questionId=q-fault"));
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode a : Json.MAPPER.readTree(r.body()).get("attempts")) {
            RawHttp.Response one = RawHttp.send(port, Request.of("GET", "/api/attempts/" + a.get("id").asLong()));
            out.add(Json.MAPPER.readTree(one.body()).get("draft").asText());
        }
        return out;
    }

    private static void assertServing(int port) throws Exception {
        RawHttp.Response search = RawHttp.send(port, Request.of("GET", "/api/search?q=pipeline"));
        assertThat(search.status()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(search.body()).get("hits")).isNotEmpty();
        RawHttp.Response critique = RawHttp.send(port, Request.of("POST", "/api/critique").withBody("application/json",
                Barrage.coachBody().toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(critique.status()).as(critique.bodyText()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(critique.body()).path("scores").path("overall").asDouble()).isPositive();
        assertThat(RawHttp.send(port, Request.of("GET", "/api/health")).status()).isEqualTo(200);
    }

    private static int port(LiveServer server) {
        return Integer.parseInt(server.url("").replaceAll(".*:(\\d+)$", "$1"));
    }
}
