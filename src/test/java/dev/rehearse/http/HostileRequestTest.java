package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.RawHttp.Request;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the hostile-input barrage ({@code dev.rehearse.reliability.HostileInputTest}) found, each pinned with its
 * exact answer: requests Jetty refuses itself, bodies in another charset or not UTF-8, a field given twice, ids in
 * digits other than ASCII, an overlong source filter. Sent from a bare socket, since well-behaved clients refuse to
 * send most of them.
 */
@Tag("integration")
class HostileRequestTest {

    private static final String CRITIQUE = "{\"question\": \"Why TheyDo?\", \"draft\": \"I led the migration.\"}";
    private static final String SAVING_CRITIQUE =
            "{\"question\": \"Why TheyDo?\", \"draft\": \"I led the migration.\", \"save\": true}";

    @TempDir
    Path data;

    private AttemptStore store;
    private RehearseServer server;
    private int port;

    @BeforeEach
    void start() {
        store = AttemptStore.inDataDir(data);
        server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data), RehearseApp.offline(BundledKnowledge.index(), store))
                .start();
        port = server.javalin().port();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private RawHttp.Response send(Request request) {
        return RawHttp.send(port, request);
    }

    private static JsonNode error(RawHttp.Response r, int status) throws Exception {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = Json.MAPPER.readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank();
        return body;
    }

    private static Request post(String path, String contentType, byte[] body) {
        return Request.of("POST", path).withBody(contentType, body);
    }

    @Test
    void should_answer_requests_jetty_refuses_itself_as_json_with_the_security_headers() throws Exception {
        // when: a path that climbs out of the root, a NUL in a header, 10 KB of header, a raw space in the address
        RawHttp.Response climb = send(Request.of("GET", "/../../etc/passwd"));
        RawHttp.Response nul = send(Request.of("GET", "/api/health").withHeader("X-Note", new byte[]{'a', 0, 'b'}));
        RawHttp.Response big = send(Request.of("GET", "/api/health").withHeader("X-Note", "a".repeat(10_000)));
        RawHttp.Response space = send(new Request("GET", "/api/sources/a b".getBytes(StandardCharsets.UTF_8), java.util.List.of(), null));
        RawHttp.Response delete = send(Request.of("DELETE", "/api/attempts/%FF%FE"));

        // then: the API's own error JSON, never Jetty's HTML page, never a 5xx
        assertThat(error(climb, 400).get("error").asText()).isEqualTo("bad_request");
        assertThat(climb.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(climb.bodyText()).doesNotContain("root:");
        assertThat(error(nul, 400).get("message").asText()).contains("Illegal character");
        assertThat(error(big, 431).get("error").asText()).isEqualTo("headers_too_large");
        assertThat(error(space, 400).get("message").asText()).startsWith("the request");
        assertThat(error(delete, 400).get("error").asText()).isEqualTo("bad_request");
        assertThat(send(Request.of("GET", "/api/health")).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=x-hostile-9", "application/json; charset=utf-16", "application/json;charset=\"latin1\""})
    void should_refuse_a_body_declared_in_a_charset_other_than_utf8_with_415(String type) throws Exception {
        // when
        RawHttp.Response critique = send(post("/api/critique", type, CRITIQUE.getBytes(StandardCharsets.UTF_8)));
        RawHttp.Response saving = send(post("/api/followups", type, SAVING_CRITIQUE.getBytes(StandardCharsets.UTF_8)));

        // then: an unknown charset used to be a 500
        assertThat(error(critique, 415).get("message").asText()).startsWith("send JSON as UTF-8: charset '");
        assertThat(error(saving, 415).get("error").asText()).isEqualTo("unsupported_media_type");
        assertThat(store.attemptCount()).isZero();
    }

    @Test
    void should_refuse_a_body_that_is_not_utf8_rather_than_store_replacement_characters() throws Exception {
        // given: "I led " then a byte that cannot start a UTF-8 character
        byte[] body = "{\"question\": \"Q\", \"draft\": \"I led \u0000\", \"save\": true}".getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.UTF_8).indexOf('\u0000');
        body[at] = (byte) 0xff;

        // when: a critique asked to be saved
        JsonNode refused = error(send(post("/api/critique", "application/json", body)), 400);

        // then
        assertThat(refused.get("message").asText()).isEqualTo("the request body is not valid UTF-8 (byte " + (at + 1) + " of " + body.length + ")");
        assertThat(store.attemptCount()).isZero();
    }

    @Test
    void should_refuse_a_field_given_twice_instead_of_letting_one_value_win() throws Exception {
        String twice = "{\"question\": \"Why TheyDo?\", \"draft\": \"I led it.\", \"draft\": \"We did it.\"}";

        JsonNode critique = error(send(post("/api/critique", "application/json", twice.getBytes(StandardCharsets.UTF_8))), 400);
        JsonNode stream = error(send(post("/api/critique/stream", "application/json", twice.getBytes(StandardCharsets.UTF_8))
                .withHeader("Accept", "text/event-stream")), 400);

        assertThat(critique.get("message").asText()).isEqualTo("the request body gives the field 'draft' more than once");
        assertThat(stream.get("message").asText()).isEqualTo(critique.get("message").asText());
    }

    @Test
    void should_refuse_a_json_lookalike_content_type() throws Exception {
        JsonNode error = error(send(post("/api/critique", "application/jsonp", CRITIQUE.getBytes(StandardCharsets.UTF_8))), 400);

        assertThat(error.get("message").asText()).contains("Content-Type: application/json");
        assertThat(send(post("/api/critique", "application/problem+json", CRITIQUE.getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%D9%A1", "%EF%BC%91", "+1", "%2B1", "1%20", "0x1"})
    void should_take_only_ascii_digits_as_an_attempt_id_so_no_other_spelling_deletes_attempt_1(String id) throws Exception {
        // given: attempt 1, saved by a critique
        RawHttp.Response saved = send(post("/api/critique", "application/json", SAVING_CRITIQUE.getBytes(StandardCharsets.UTF_8)));
        assertThat(saved.status()).as(saved.bodyText()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(saved.body()).get("attemptId").asLong()).isEqualTo(1);

        // when: "١" (Arabic-Indic one), "１" (full-width one), "+1" … which Long.parseLong reads as 1
        JsonNode deleted = error(send(Request.of("DELETE", "/api/attempts/" + id)), 400);
        JsonNode read = error(send(Request.of("GET", "/api/attempts/" + id)), 400);

        // then
        assertThat(deleted.get("message").asText()).startsWith("attempt id must be a positive whole number");
        assertThat(read.get("error").asText()).isEqualTo("bad_request");
        assertThat(send(Request.of("GET", "/api/attempts/1")).status()).isEqualTo(200);
    }

    @Test
    void should_refuse_a_source_filter_over_500_characters() throws Exception {
        // a long prefix used to reach Lucene and fail there as a 500
        JsonNode error = error(send(Request.of("GET", "/api/search?q=pipeline&source=" + "a".repeat(1200))), 400);

        assertThat(error.get("message").asText()).isEqualTo("query parameter 'source' is 1200 characters long; the limit is 500");
        assertThat(send(Request.of("GET", "/api/search?q=pipeline&source=" + "a".repeat(500))).status()).isEqualTo(200);
    }
}
