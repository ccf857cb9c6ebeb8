package dev.rehearse.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.service.Json;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.SseEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every answer to a hostile request must be: an answer (not a dropped connection), never a 5xx, never a
 * stack trace or a Java class name, never a file from outside the page, an error as the API's JSON
 * ({@code status}, {@code error}, {@code message}) naming a problem, a stream as well-formed events that end with a
 * result or a fallback with a note.
 */
final class AnswerCheck {

    /** Text of files a path traversal would reach: /etc/passwd, win.ini, the history database, a class file. */
    private static final List<String> LEAKS = List.of("root:x:0:0", "[fonts]", "SQLite format 3", "\u00ca\u00fe\u00ba\u00be");

    private final List<String> secrets;

    /** @param secrets text no answer may hold (the configured API key) */
    AnswerCheck(List<String> secrets) {
        this.secrets = secrets;
    }

    /** The outcome of one request: its status class and the problems found, empty when it is fine. */
    record Outcome(int status, String kind, List<String> problems) {
    }

    Outcome check(RawHttp.Request request, RawHttp.Response response) {
        List<String> problems = new ArrayList<>();
        if (!response.answered()) {
            problems.add("no answer: " + response.transportError());
            return new Outcome(-1, "none", problems);
        }
        int status = response.status();
        if (status >= 500) {
            problems.add("status " + status);
        }
        String body = response.bodyText();
        String latin1 = new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (HostileCorpus.STACK_TRACE.matcher(body).find()) {
            problems.add("stack trace or class name in the body: " + excerpt(body, HostileCorpus.STACK_TRACE.matcher(body)));
        }
        for (String leak : LEAKS) {
            if (body.contains(leak) || latin1.contains(leak)) {
                problems.add("the body holds a file it must not serve (" + leak.strip() + ")");
            }
        }
        for (String secret : secrets) {
            if (body.contains(secret) || headersText(response).contains(secret)) {
                problems.add("the API key is in the answer");
            }
        }
        String type = response.header("Content-Type") == null ? "" : response.header("Content-Type").toLowerCase(Locale.ROOT);
        boolean head = request.method().equalsIgnoreCase("HEAD");
        String kind;
        if (status >= 400) {
            kind = "error";
            if (!head) {
                checkError(status, type, body, problems);
            }
        } else if (type.startsWith(Barrage.SSE)) {
            kind = checkStream(body, problems);
        } else if (type.startsWith("application/json") && !head && status != 204) {
            kind = "json";
            try {
                Json.MAPPER.readTree(body);
            } catch (Exception e) {
                problems.add("a " + status + " answer declared as JSON that does not parse");
            }
        } else {
            kind = status >= 300 ? "redirect" : "other";
        }
        return new Outcome(status, kind, problems);
    }

    private static void checkError(int status, String type, String body, List<String> problems) {
        if (!type.startsWith("application/json")) {
            problems.add("error " + status + " is not JSON but '" + type + "': " + excerpt(body, 0));
            return;
        }
        try {
            JsonNode error = Json.MAPPER.readTree(body);
            if (error == null || !error.isObject()) {
                problems.add("error " + status + " body is not a JSON object");
                return;
            }
            if (error.path("status").asInt() != status) {
                problems.add("error body says status " + error.path("status") + " for " + status);
            }
            if (error.path("error").asText().isBlank()) {
                problems.add("error body has no error code");
            }
            if (error.path("message").asText().isBlank()) {
                problems.add("error body has no message naming the problem");
            }
        } catch (Exception e) {
            problems.add("error " + status + " body does not parse as JSON: " + excerpt(body, 0));
        }
    }

    /** Checks a Server-Sent Events body; returns "stream-result" or "stream-fallback" by its last event. */
    private static String checkStream(String body, List<String> problems) {
        String last = null;
        JsonNode lastData = null;
        for (SseEvents.SseEvent event : SseEvents.parse(body)) {
            try {
                lastData = Json.MAPPER.readTree(event.data());
            } catch (Exception e) {
                problems.add("event '" + event.name() + "' carries data that is not JSON");
            }
            last = event.name();
        }
        if (last == null) {
            problems.add("a stream with no events");
            return "stream-empty";
        }
        if (last.equals("fallback")) {
            if (lastData == null || lastData.path("note").asText().isBlank()) {
                problems.add("a fallback event without a note");
            }
            return "stream-fallback";
        }
        if (!last.equals("result")) {
            problems.add("the stream ended on '" + last + "', not on a result or a fallback");
        }
        return "stream-result";
    }

    private static String headersText(RawHttp.Response response) {
        return String.join("\n", response.headers().values());
    }

    private static String excerpt(String body, java.util.regex.Matcher m) {
        return m.find(0) ? excerpt(body, m.start()) : excerpt(body, 0);
    }

    private static String excerpt(String body, int at) {
        int from = Math.max(0, at - 60);
        return body.substring(from, Math.min(body.length(), at + 140)).replace("\n", "\\n");
    }
}
