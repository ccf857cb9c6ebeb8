package dev.rehearse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The requests a load run sends, each checked as a user would need it and recorded in a {@link RequestStats}:
 * a request counts as an error when the status is not 2xx, the body is not what the endpoint promises, the
 * stream breaks or ends without its result, or the client throws. The JDK client is pinned to HTTP/1.1, as
 * the browser page talks to the server.
 */
public final class ApiCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any answer should take, so a stuck request shows up as an error rather than a hang. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String baseUrl;

    public ApiCalls(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** {@code GET /api/search?q=&k=}: a JSON object with a {@code hits} array. */
    public void search(String query, int k, RequestStats stats) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/search?k=" + k + "&q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (!ok(response, stats)) {
                return;
            }
            JsonNode body = JSON.readTree(response.body());
            if (!body.path("hits").isArray()) {
                stats.error("search answer without a hits array");
                return;
            }
            stats.success(elapsed);
        } catch (IOException | RuntimeException e) {
            stats.error(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stats.error("interrupted");
        }
    }

    /**
     * {@code POST /api/critique}: the offline report (with {@code scores}); with {@code expectModel} also the
     * model's checked critique ({@code llm}) and no {@code llmNote}. A report whose spelling check was skipped
     * still counts as a success and is noted with the reason.
     */
    public void critique(String question, String draft, boolean expectModel, RequestStats stats) {
        HttpRequest request = post("/api/critique", Map.of("question", question, "draft", draft), "application/json");
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (!ok(response, stats)) {
                return;
            }
            JsonNode body = JSON.readTree(response.body());
            if (!body.path("scores").isObject()) {
                stats.error("critique answer without scores");
                return;
            }
            // one shape with and without a model: an offline answer carries "llm": null
            boolean modelCritique = !body.path("llm").isNull() && !body.path("llm").isMissingNode();
            if (expectModel && !modelCritique) {
                stats.error("no model critique: " + body.path("llmNote").path("kind").asText("no note"));
                return;
            }
            if (!expectModel && modelCritique) {
                stats.error("a model critique from a server meant to be offline");
                return;
            }
            if ("skipped".equals(body.path("language").path("status").asText())) {
                stats.note("spelling check skipped: " + body.path("language").path("reason").asText());
            }
            stats.success(elapsed);
        } catch (IOException | RuntimeException e) {
            stats.error(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stats.error("interrupted");
        }
    }

    /**
     * {@code POST /api/ask} read as Server-Sent Events: the time to the first {@code token} event goes to
     * {@code firstToken}, the time to the {@code result} event to {@code stats}. A {@code fallback} event, a
     * stream that ends before its result, or a result with no token before it is an error.
     */
    public void streamedAsk(String question, RequestStats stats) {
        HttpRequest request = post("/api/ask", Map.of("question", question), "text/event-stream");
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() / 100 != 2) {
                response.body().close();
                stats.error("HTTP " + response.statusCode());
                return;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/event-stream")) {
                response.body().close();
                stats.error("not an event stream: " + type);
                return;
            }
            readStream(response.body(), start, stats);
        } catch (IOException | RuntimeException e) {
            stats.error(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stats.error("interrupted");
        }
    }

    private static void readStream(InputStream body, long start, RequestStats stats) throws IOException {
        long firstToken = -1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.equals("event: token") && firstToken < 0) {
                    firstToken = System.nanoTime() - start;
                } else if (line.equals("event: result")) {
                    long elapsed = System.nanoTime() - start;
                    if (firstToken < 0) {
                        stats.error("result without a token before it");
                        return;
                    }
                    stats.firstToken(firstToken);
                    stats.success(elapsed);
                    return;
                } else if (line.equals("event: fallback")) {
                    String data = reader.readLine();
                    stats.error("fallback: " + kind(data));
                    return;
                }
            }
        }
        stats.error(firstToken < 0 ? "stream ended before any token" : "stream ended before its result");
    }

    private static String kind(String dataLine) {
        if (dataLine == null || !dataLine.startsWith("data:")) {
            return "no data";
        }
        try {
            return JSON.readTree(dataLine.substring(5).strip()).path("kind").asText("no kind");
        } catch (IOException e) {
            return "unreadable data";
        }
    }

    private HttpRequest post(String path, Map<String, String> body, String accept) {
        try {
            return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a request body", e);
        }
    }

    private static boolean ok(HttpResponse<String> response, RequestStats stats) {
        if (response.statusCode() / 100 == 2) {
            return true;
        }
        stats.error("HTTP " + response.statusCode());
        return false;
    }

    /** Short enough to group errors of one kind under one line. */
    private static String describe(Exception e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out after " + TIMEOUT.toSeconds() + " s";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (message.length() > 120) {
            message = message.substring(0, 120) + "…";
        }
        return e.getClass().getSimpleName() + message;
    }
}
