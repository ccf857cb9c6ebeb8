package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.reliability.HostileCorpus;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.RawHttp.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated requests against every endpoint: bodies, query parameters and path ids made of Unicode a user or an
 * attacker could send (long runs of combining marks, deep nesting, huge numbers, mixed scripts, broken
 * percent-encoding). Each must be answered within {@value #CEILING_MILLIS} ms, never with a 5xx or a stack trace,
 * and the server must still answer its health check after it.
 *
 * <p>The seed is fixed, so the suite sees the same requests each run; the number of tries comes from
 * {@code src/test/resources/junit-platform.properties}, and {@code -Djqwik.tries.default=5000} runs longer. jqwik
 * runs on the JUnit platform beside Jupiter, so its own {@link Tag} puts the class in the integration tier.
 */
@Tag("integration")
class ApiFuzzTest {

    /** The response time the API promises for any input, hostile or not, on this offline server. */
    static final long CEILING_MILLIS = 2_000;

    private static final List<String> JSON_ENDPOINTS = List.of("/api/critique", "/api/followups", "/api/tie",
            "/api/critique/stream", "/api/ask", "/api/attempts");

    private static Path data;
    private static AttemptStore store;
    private static RehearseServer server;
    private static int port;

    @BeforeContainer
    static void start() throws IOException {
        data = Files.createTempDirectory("rehearse-fuzz");
        store = AttemptStore.inDataDir(data);
        server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data),
                RehearseApp.offline(BundledKnowledge.index(), store)).start();
        port = server.javalin().port();
        // the first critique loads classes and resource files; the ceiling is for a warm server
        RawHttp.send(port, json("/api/critique", "{\"question\": \"Why TheyDo?\", \"draft\": \"I led the migration.\"}"));
    }

    @AfterContainer
    static void stop() throws IOException {
        server.stop();
        store.close();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(seed = "20261206")
    void should_answer_every_generated_request_quickly_without_a_server_error(@ForAll("requests") Request request)
            throws Exception {
        // when
        RawHttp.Response response = sendWithin(request);

        // then
        String what = request.method() + " " + shorten(request.targetText());
        assertThat(response.answered()).as(what + ": " + response.transportError()).isTrue();
        assertThat(response.status()).as(what + " answered " + shorten(response.bodyText())).isBetween(200, 499);
        assertThat(HostileCorpus.STACK_TRACE.matcher(response.bodyText()).find())
                .as(what + " leaked a stack trace or class name: " + shorten(response.bodyText())).isFalse();
        assertThat(sendWithin(Request.of("GET", "/api/health")).status()).as("health after " + what).isEqualTo(200);
    }

    /** The one wall-clock bound here, and deliberately so: answering within the ceiling is the property under test. */
    private static RawHttp.Response sendWithin(Request request) throws Exception {
        CompletableFuture<RawHttp.Response> answer = CompletableFuture.supplyAsync(() -> RawHttp.send(port, request));
        try {
            return answer.get(CEILING_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(request.method() + " " + shorten(request.targetText()) + " was not answered within "
                    + CEILING_MILLIS + " ms");
        }
    }

    @Provide
    Arbitrary<Request> requests() {
        return Arbitraries.oneOf(jsonBodies(), rawBodies(), queries(), pathIds(), plainGets());
    }

    // ---- requests

    private Arbitrary<Request> jsonBodies() {
        Arbitrary<String> endpoint = Arbitraries.of(JSON_ENDPOINTS);
        Arbitrary<String> value = Arbitraries.oneOf(texts().map(ApiFuzzTest::quoted), hugeNumbers(), nested(),
                Arbitraries.of("true", "false", "null", "[]", "{}"));
        Arbitrary<String> field = Arbitraries.of("question", "draft", "questionId", "save", "mode", "x", "draft");
        Arbitrary<String> body = Combinators.combine(value, value, field, value)
                .as((question, draft, extraName, extra) -> "{\"question\": " + question + ", \"draft\": " + draft
                        + ", \"" + extraName + "\": " + extra + "}");
        Arbitrary<String> wellFormed = Combinators.combine(texts(), texts())
                .as((question, draft) -> "{\"question\": " + quoted(question) + ", \"draft\": " + quoted(draft) + "}");
        return Combinators.combine(endpoint, Arbitraries.oneOf(body, wellFormed)).as(ApiFuzzTest::json);
    }

    private Arbitrary<Request> rawBodies() {
        Arbitrary<String> body = Arbitraries.oneOf(texts(), nested(), hugeNumbers(),
                Combinators.combine(texts(), Arbitraries.of("]]]", "}", "{", " trailing", ",", "\u0000"))
                        .as((draft, garbage) -> "{\"question\": \"Why?\", \"draft\": " + quoted(draft) + "}" + garbage));
        return Combinators.combine(Arbitraries.of(JSON_ENDPOINTS), body).as(ApiFuzzTest::json);
    }

    private Arbitrary<Request> queries() {
        Arbitrary<String> path = Arbitraries.of("/api/search?q=", "/api/search?k=7&mode=lexical&q=",
                "/api/search?q=pipeline&kind=", "/api/search?q=pipeline&source=", "/api/search?q=pipeline&k=",
                "/api/search?q=pipeline&mode=", "/api/question-type?q=", "/api/practice/questions?question=",
                "/api/practice/questions?questionId=", "/api/attempts?limit=", "/api/prep-pack?format=");
        Arbitrary<String> param = Arbitraries.oneOf(texts().map(ApiFuzzTest::percentEncoded), hugeNumbers(),
                brokenPercentEncoding());
        return Combinators.combine(path, param).as((p, v) -> get(p + v));
    }

    private Arbitrary<Request> pathIds() {
        Arbitrary<String> id = Arbitraries.oneOf(texts().map(ApiFuzzTest::percentEncoded), hugeNumbers(),
                brokenPercentEncoding(), Arbitraries.integers().between(-2, 50).map(String::valueOf));
        return Arbitraries.oneOf(
                id.map(i -> get("/api/sources/" + i)),
                id.map(i -> get("/api/attempts/" + i)),
                Combinators.combine(id, id).as((a, b) -> get("/api/attempts/" + a + "/diff/" + b)),
                id.map(i -> Request.of("DELETE", "/api/attempts/" + i)));
    }

    private Arbitrary<Request> plainGets() {
        return Arbitraries.of("/api/health", "/api/config", "/api/practice/status", "/api/prep-pack", "/api/attempts",
                "/api/questions", "/", "/index.html").map(ApiFuzzTest::get);
    }

    // ---- values

    /** Text as users and attackers write it; each kind long enough to cost something if handled badly. */
    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                mixedScripts(),
                combiningRuns(),
                Arbitraries.strings().withChars('\u200b', '\u200d', '\u2060', '\ufeff', '\uff1c', '\uff1e', '/', 'd', 'r',
                        'a', 'f', 't', '<', '>').ofMaxLength(200),
                Arbitraries.of("I led the migration of the ingest pipeline and cut costs by 40%.", "", " ", "%ZZ%"));
    }

    private static Arbitrary<String> mixedScripts() {
        Arbitrary<Character> letters = Arbitraries.oneOf(Arbitraries.chars().range('a', 'z'),
                Arbitraries.chars().range('\u0400', '\u04ff'), Arbitraries.chars().range('\u0600', '\u06ff'),
                Arbitraries.chars().range('\u0900', '\u097f'), Arbitraries.chars().range('\u4e00', '\u9fff'),
                Arbitraries.chars().range('\u0590', '\u05ff'), Arbitraries.of(' ', ' ', '.', '\u202e', '\u2066'));
        return letters.list().ofMaxSize(2_000).map(cs -> {
            StringBuilder s = new StringBuilder(cs.size());
            cs.forEach(s::append);
            return s.toString();
        });
    }

    /** A letter with thousands of combining accents after it: the shape that once made phrase matching quadratic. */
    private static Arbitrary<String> combiningRuns() {
        return Combinators.combine(Arbitraries.of("e", "I led", "pipeline ", "\u0928"),
                Arbitraries.chars().range('\u0300', '\u036f'), Arbitraries.integers().between(100, 8_000))
                .as((base, mark, count) -> base + String.valueOf(mark).repeat(count) + " the migration");
    }

    private static Arbitrary<String> hugeNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(400).map(d -> "1" + d),
                Arbitraries.of("1e999999", "-1e-999999", "9223372036854775808", "-9223372036854775809", "0.0000e-0",
                        "1E+2147483648", "NaN", "Infinity", "-0"));
    }

    private static Arbitrary<String> nested() {
        return Combinators.combine(Arbitraries.of("[", "{\"a\":", "{\"draft\":["), Arbitraries.integers().between(10, 5_000))
                .as((open, depth) -> open.repeat(depth) + "1" + (open.startsWith("[") ? "]" : open.endsWith("[") ? "]}"
                        : "}").repeat(depth));
    }

    private static Arbitrary<String> brokenPercentEncoding() {
        return Arbitraries.of("%ZZ%", "%", "%E2%82%", "%C0%AF", "%ED%A0%80", "%uD800", "%%25", "%00", "a%2", "%FF%FE");
    }

    // ---- helpers

    private static Request json(String path, String body) {
        return Request.of("POST", path).withHeader("Accept", path.endsWith("/stream") ? "text/event-stream" : "application/json")
                .withBody("application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Request get(String target) {
        return Request.of("GET", target).withHeader("Accept", "application/json");
    }

    private static String quoted(String text) {
        try {
            return dev.rehearse.service.Json.MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String percentEncoded(String text) {
        return RawHttp.percentEncode(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
    }
}
