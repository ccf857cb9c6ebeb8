package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rehearse.service.Json;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.RawHttp.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Requests for every endpoint made of Unicode a user or an attacker could send: long runs of combining marks, deep
 * nesting, huge numbers, mixed scripts, zero-width and look-alike delimiters, broken percent-encoding. Everything
 * comes from the one {@link Random} given, so a seed names the same sequence of requests on every run.
 */
final class ApiFuzzRequests {

    static final List<String> JSON_ENDPOINTS = List.of("/api/critique", "/api/followups", "/api/tie",
            "/api/critique/stream", "/api/ask", "/api/attempts", "/api/mock");

    private static final List<String> FIELDS = List.of("question", "draft", "questionId", "save", "mode", "x", "draft");

    private static final List<String> QUERY_PATHS = List.of("/api/search?q=", "/api/search?k=7&mode=lexical&q=",
            "/api/search?q=pipeline&kind=", "/api/search?q=pipeline&source=", "/api/search?q=pipeline&k=",
            "/api/search?q=pipeline&mode=", "/api/question-type?q=", "/api/practice/questions?question=",
            "/api/practice/questions?questionId=", "/api/attempts?limit=", "/api/prep-pack?format=");

    private static final List<String> PLAIN_GETS = List.of("/api/health", "/api/config", "/api/practice/status",
            "/api/prep-pack", "/api/attempts", "/api/questions", "/api/mock", "/", "/index.html");

    private static final List<String> BROKEN_PERCENT_ENCODING = List.of("%ZZ%", "%", "%E2%82%", "%C0%AF", "%ED%A0%80",
            "%uD800", "%%25", "%00", "a%2", "%FF%FE");

    private static final List<String> ODD_NUMBERS = List.of("1e999999", "-1e-999999", "9223372036854775808",
            "-9223372036854775809", "0.0000e-0", "1E+2147483648", "NaN", "Infinity", "-0");

    /** Zero-width and full-width look-alikes mixed with the letters of a prompt delimiter such as {@code </draft>}. */
    private static final char[] DELIMITER_LOOKALIKES = {'\u200b', '\u200d', '\u2060', '\ufeff', '\uff1c', '\uff1e', '/',
            'd', 'r', 'a', 'f', 't', '<', '>'};

    /** Latin, Cyrillic, Arabic, Devanagari, CJK and Hebrew letters, as inclusive ranges. */
    private static final char[][] SCRIPTS = {{'a', 'z'}, {'\u0400', '\u04ff'}, {'\u0600', '\u06ff'},
            {'\u0900', '\u097f'}, {'\u4e00', '\u9fff'}, {'\u0590', '\u05ff'}};

    /** Spaces, a full stop and the right-to-left override and isolate that reorder what a reader sees. */
    private static final char[] SCRIPT_PUNCTUATION = {' ', ' ', '.', '\u202e', '\u2066'};

    private final Random random;

    ApiFuzzRequests(Random random) {
        this.random = random;
    }

    /** The next request: a JSON body, a raw body, a query parameter, a path id or a plain page, with equal odds. */
    Request next() {
        return oneOf(this::jsonBody, this::rawBody, this::query, this::pathId, this::plainGet);
    }

    // ---- requests

    private Request jsonBody() {
        String endpoint = pick(JSON_ENDPOINTS);
        String body = oneOf(
                () -> "{\"question\": " + value() + ", \"draft\": " + value() + ", \"" + pick(FIELDS) + "\": " + value()
                        + "}",
                () -> "{\"question\": " + quoted(text()) + ", \"draft\": " + quoted(text()) + "}");
        return json(endpoint, body);
    }

    private Request rawBody() {
        String endpoint = pick(JSON_ENDPOINTS);
        String body = oneOf(this::text, this::nested, this::hugeNumber,
                () -> "{\"question\": \"Why?\", \"draft\": " + quoted(text()) + "}"
                        + pick(List.of("]]]", "}", "{", " trailing", ",", "\u0000")));
        return json(endpoint, body);
    }

    private Request query() {
        String path = pick(QUERY_PATHS);
        return get(path + oneOf(() -> percentEncoded(text()), this::hugeNumber, () -> pick(BROKEN_PERCENT_ENCODING)));
    }

    private Request pathId() {
        return oneOf(
                () -> get("/api/sources/" + id()),
                () -> get("/api/attempts/" + id()),
                () -> get("/api/attempts/" + id() + "/diff/" + id()),
                () -> Request.of("DELETE", "/api/attempts/" + id()),
                () -> get("/api/mock/" + id()),
                () -> json("/api/mock/" + id() + "/answer", "{\"skip\": true}"),
                () -> json("/api/mock/" + id() + "/end", "{}"));
    }

    private Request plainGet() {
        return get(pick(PLAIN_GETS));
    }

    // ---- values

    private String value() {
        return oneOf(() -> quoted(text()), this::hugeNumber, this::nested,
                () -> pick(List.of("true", "false", "null", "[]", "{}")));
    }

    private String id() {
        return oneOf(() -> percentEncoded(text()), this::hugeNumber, () -> pick(BROKEN_PERCENT_ENCODING),
                () -> String.valueOf(between(-2, 50)));
    }

    /** Text as users and attackers write it; each kind long enough to cost something if handled badly. */
    private String text() {
        return oneOf(this::anyChars, this::mixedScripts, this::combiningRun,
                () -> charsFrom(DELIMITER_LOOKALIKES, between(0, 200)),
                () -> pick(List.of("I led the migration of the ingest pipeline and cut costs by 40%.", "", " ", "%ZZ%")));
    }

    /** Any UTF-16 unit, lone surrogates and control characters included. */
    private String anyChars() {
        int length = between(0, 300);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return s.toString();
    }

    private String mixedScripts() {
        int length = between(0, 2_000);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(SCRIPTS.length + 1);
            s.append(kind == SCRIPTS.length ? SCRIPT_PUNCTUATION[random.nextInt(SCRIPT_PUNCTUATION.length)]
                    : charBetween(SCRIPTS[kind][0], SCRIPTS[kind][1]));
        }
        return s.toString();
    }

    /** A letter with thousands of combining accents after it: the shape that once made phrase matching quadratic. */
    private String combiningRun() {
        String base = pick(List.of("e", "I led", "pipeline ", "\u0928"));
        char mark = charBetween('\u0300', '\u036f');
        return base + String.valueOf(mark).repeat(between(100, 8_000)) + " the migration";
    }

    private String hugeNumber() {
        return oneOf(() -> "1" + charsFrom("0123456789".toCharArray(), between(19, 400)), () -> pick(ODD_NUMBERS));
    }

    private String nested() {
        String open = pick(List.of("[", "{\"a\":", "{\"draft\":["));
        String close = open.startsWith("[") ? "]" : open.endsWith("[") ? "]}" : "}";
        int depth = between(10, 5_000);
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    // ---- choices

    @SafeVarargs
    private <T> T oneOf(Supplier<T>... choices) {
        return choices[random.nextInt(choices.length)].get();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * A length, depth or count in {@code [min, max]}. The bounds come up one time in four, since the longest run and
     * the deepest nesting are where slow handling shows and a uniform draw would rarely reach them.
     */
    private int between(int min, int max) {
        return switch (random.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextInt(max - min + 1);
        };
    }

    private char charBetween(char first, char last) {
        return (char) (first + random.nextInt(last - first + 1));
    }

    private String charsFrom(char[] alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return s.toString();
    }

    // ---- requests on the wire

    static Request json(String path, String body) {
        return Request.of("POST", path).withHeader("Accept", path.endsWith("/stream") ? "text/event-stream" : "application/json")
                .withBody("application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    static Request get(String target) {
        return Request.of("GET", target).withHeader("Accept", "application/json");
    }

    private static String quoted(String text) {
        try {
            return Json.MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String percentEncoded(String text) {
        return RawHttp.percentEncode(text.getBytes(StandardCharsets.UTF_8));
    }
}
