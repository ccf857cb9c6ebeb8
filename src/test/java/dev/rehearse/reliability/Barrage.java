package dev.rehearse.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.http.AccessGuard;
import dev.rehearse.service.Json;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.RawHttp.Request;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route of the server and every place on it an input can go. Each slot sends an otherwise valid request,
 * so the input itself is what the server has to cope with. Payloads go everywhere; odd methods go to every route;
 * wrong content types to every route that takes a body.
 */
final class Barrage {

    static final String SSE = "text/event-stream";
    private static final String PLACEHOLDER = "\u0001hostile\u0001";

    /** A route at a concrete address with a valid request, for the method and content-type variants. */
    record Route(String endpoint, String method, String target, String accept, byte[] body) {
    }

    private final long knownAttempt;

    /** @param knownAttempt an attempt saved before the barrage: the other side of the diff route */
    Barrage(long knownAttempt) {
        this.knownAttempt = knownAttempt;
    }

    // valid requests the slots start from
    static ObjectNode coachBody() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("question", "Tell me about a time you improved a data pipeline.");
        body.put("draft", "I rebuilt the PayPal ingestion pipeline and cut the nightly load from six hours to forty minutes.");
        body.put("questionId", "q-hostile");
        return body;
    }

    static ObjectNode askBody() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("question", "How does TheyDo tie customer journeys to outcomes?");
        return body;
    }

    /** A coaching request the server saves to the history ({@code "save": true}) under the barrage's question. */
    static ObjectNode savingBody() {
        ObjectNode body = coachBody();
        body.put("questionId", "q-hostile-barrage");
        body.put("save", true);
        return body;
    }

    /**
     * What the page of an older version posted to {@code POST /api/attempts}: a report and a score of its own. The
     * route now refuses it (405), and must refuse it cleanly whatever comes with it.
     */
    static ObjectNode clientReportBody() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("questionId", "q-hostile-barrage");
        body.put("questionText", "Tell me about a time you improved a data pipeline.");
        body.put("draft", "I rebuilt the ingestion pipeline.");
        body.put("mode", "critique");
        body.putObject("report").putObject("scores").put("overall", 3.0);
        body.put("overallScore", 3.0);
        body.put("modelNote", "offline");
        return body;
    }

    /** Every place a payload can go, server by server. */
    List<Slot> payloadSlots() {
        List<Slot> slots = new ArrayList<>();
        query(slots, "GET /api/health", "/api/health", Map.of(), "x");
        Map<String, String> search = new LinkedHashMap<>();
        search.put("q", "data pipeline");
        for (String p : List.of("q", "k", "mode", "kind", "source")) {
            query(slots, "GET /api/search", "/api/search", search, p);
        }
        query(slots, "GET /api/questions", "/api/questions", Map.of(), "x");
        path(slots, "GET /api/sources/{id}", "GET", "/api/sources/", "");
        query(slots, "GET /api/config", "/api/config", Map.of(), "x");
        query(slots, "GET /api/practice/status", "/api/practice/status", Map.of(), "x");
        query(slots, "GET /api/practice/questions", "/api/practice/questions", Map.of(), "x");
        query(slots, "GET /api/prep-pack", "/api/prep-pack", Map.of(), "x");
        query(slots, "GET /api/attempts", "/api/attempts", Map.of(), "questionId");
        query(slots, "GET /api/attempts", "/api/attempts", Map.of(), "question");
        path(slots, "GET /api/attempts/{id}", "GET", "/api/attempts/", "");
        slots.add(new Slot("GET /api/attempts/{id}/diff/{other}", "path id", false, p -> new Request("GET",
                concat("/api/attempts/", RawHttp.percentEncode(p), "/diff/" + knownAttempt), List.of(), null)));
        slots.add(new Slot("GET /api/attempts/{id}/diff/{other}", "path other", false, p -> new Request("GET",
                concat("/api/attempts/" + knownAttempt + "/diff/", RawHttp.percentEncode(p), ""), List.of(), null)));
        path(slots, "DELETE /api/attempts/{id}", "DELETE", "/api/attempts/", "");
        path(slots, "GET /{file} (the page)", "GET", "/", "");
        slots.add(new Slot("GET /{file} (the page)", "path under /js/ (raw)", false,
                p -> new Request("GET", concat("/js/", p, ""), List.of(), null)));

        for (String field : List.of("question", "draft", "questionId")) {
            field(slots, "POST /api/critique", "/api/critique", "application/json", coachBody(), field);
        }
        body(slots, "POST /api/critique", "/api/critique", "application/json");
        for (String path : List.of("/api/followups", "/api/tie")) {
            for (String field : List.of("question", "draft")) {
                field(slots, "POST " + path, path, "application/json", coachBody(), field);
            }
            body(slots, "POST " + path, path, "application/json");
        }
        for (String accept : List.of("application/json", SSE)) {
            String ask = "POST /api/ask" + (accept.equals(SSE) ? " (SSE)" : " (JSON)");
            field(slots, ask, "/api/ask", accept, askBody(), "question");
            body(slots, ask, "/api/ask", accept);
            String stream = "POST /api/critique/stream" + (accept.equals(SSE) ? " (SSE)" : " (JSON)");
            for (String field : List.of("question", "draft")) {
                field(slots, stream, "/api/critique/stream", accept, coachBody(), field);
            }
            body(slots, stream, "/api/critique/stream", accept);
        }
        // the saving requests: every field that reaches the history, and the save flag itself
        for (String field : List.of("question", "draft", "questionId", "save")) {
            field(slots, "POST /api/critique (save)", "/api/critique", "application/json", savingBody(), field);
        }
        body(slots, "POST /api/critique (save)", "/api/critique", "application/json");
        for (String path : List.of("/api/followups", "/api/tie")) {
            for (String field : List.of("draft", "questionId")) {
                field(slots, "POST " + path + " (save)", path, "application/json", savingBody(), field);
            }
        }
        // the route that once stored a client's report, refused whatever its body
        body(slots, "POST /api/attempts (refused)", "/api/attempts", "application/json");

        // the access token's ways in, on the server that has one, and the Host check on the one that has none
        String token = "access token paths";
        slots.add(new Slot(token, "GET /api/health?token=", true,
                p -> new Request("GET", concat("/api/health?" + AccessGuard.QUERY + "=", RawHttp.percentEncode(p), ""), List.of(), null)));
        slots.add(new Slot(token, "GET /?token= (page redirect)", true,
                p -> new Request("GET", concat("/?" + AccessGuard.QUERY + "=", RawHttp.percentEncode(p), "&q=1"), List.of(), null)));
        slots.add(new Slot(token, "header Authorization: Bearer", true,
                p -> Request.of("GET", "/api/health").withHeader("Authorization", concat("Bearer ", p, ""))));
        slots.add(new Slot(token, "header Cookie", true,
                p -> Request.of("GET", "/api/health").withHeader("Cookie", concat(AccessGuard.COOKIE + "=", p, ""))));
        slots.add(new Slot(token, "POST /api/critique?token= (save)", true,
                p -> new Request("POST", concat("/api/critique?" + AccessGuard.QUERY + "=", RawHttp.percentEncode(p), ""), List.of(), null)
                        .withBody("application/json", savingBody().toString().getBytes(StandardCharsets.UTF_8))));
        slots.add(new Slot(token, "header Host (no token set)", false,
                p -> Request.of("GET", "/api/health").withHeader("Host", p)));
        return slots;
    }

    /** Every route at a valid address, for the odd methods and wrong content types. */
    List<Route> routes() {
        byte[] coach = coachBody().toString().getBytes(StandardCharsets.UTF_8);
        byte[] ask = askBody().toString().getBytes(StandardCharsets.UTF_8);
        byte[] saving = savingBody().toString().getBytes(StandardCharsets.UTF_8);
        byte[] clientReport = clientReportBody().toString().getBytes(StandardCharsets.UTF_8);
        // ids no attempt has, so a DELETE sent to them cannot take stored data with it
        String absent = "/api/attempts/987654321";
        return List.of(
                new Route("GET /api/health", "GET", "/api/health", "application/json", null),
                new Route("GET /api/search", "GET", "/api/search?q=pipeline", "application/json", null),
                new Route("GET /api/questions", "GET", "/api/questions", "application/json", null),
                new Route("GET /api/sources/{id}", "GET", "/api/sources/000000000000", "application/json", null),
                new Route("GET /api/config", "GET", "/api/config", "application/json", null),
                new Route("GET /api/practice/status", "GET", "/api/practice/status", "application/json", null),
                new Route("GET /api/practice/questions", "GET", "/api/practice/questions", "application/json", null),
                new Route("GET /api/prep-pack", "GET", "/api/prep-pack", "application/json", null),
                new Route("GET /api/attempts", "GET", "/api/attempts?questionId=q-hostile-barrage", "application/json", null),
                new Route("GET /api/attempts/{id}", "GET", absent, "application/json", null),
                new Route("GET /api/attempts/{id}/diff/{other}", "GET", absent + "/diff/987654322", "application/json", null),
                new Route("DELETE /api/attempts/{id}", "DELETE", absent, "application/json", null),
                new Route("GET /{file} (the page)", "GET", "/", "text/html", null),
                new Route("POST /api/critique", "POST", "/api/critique", "application/json", coach),
                new Route("POST /api/followups", "POST", "/api/followups", "application/json", coach),
                new Route("POST /api/tie", "POST", "/api/tie", "application/json", coach),
                new Route("POST /api/ask (JSON)", "POST", "/api/ask", "application/json", ask),
                new Route("POST /api/ask (SSE)", "POST", "/api/ask", SSE, ask),
                new Route("POST /api/critique/stream (JSON)", "POST", "/api/critique/stream", "application/json", coach),
                new Route("POST /api/critique/stream (SSE)", "POST", "/api/critique/stream", SSE, coach),
                new Route("POST /api/critique (save)", "POST", "/api/critique", "application/json", saving),
                new Route("POST /api/followups (save)", "POST", "/api/followups", "application/json", saving),
                new Route("POST /api/tie (save)", "POST", "/api/tie", "application/json", saving),
                new Route("POST /api/attempts (refused)", "POST", "/api/attempts", "application/json", clientReport));
    }

    static Request methodVariant(Route route, String method) {
        byte[] body = route.body() != null ? route.body() : "{}".getBytes(StandardCharsets.UTF_8);
        Request r = Request.of(method, route.target()).withHeader("Accept", route.accept());
        // a body for every method but HEAD, so a route that reads one has one to read
        return method.equals("HEAD") || method.equals("GET") && route.body() == null ? r : r.withBody("application/json", body);
    }

    static Request contentTypeVariant(Route route, String contentType) {
        return Request.of(route.method(), route.target()).withHeader("Accept", route.accept()).withBody(contentType, route.body());
    }

    private static void query(List<Slot> slots, String endpoint, String path, Map<String, String> base, String param) {
        slots.add(new Slot(endpoint, "?" + param + "=", false, p -> {
            StringBuilder q = new StringBuilder();
            for (Map.Entry<String, String> e : base.entrySet()) {
                if (!e.getKey().equals(param)) {
                    q.append(q.isEmpty() ? "" : "&").append(e.getKey()).append('=')
                            .append(RawHttp.percentEncode(e.getValue().getBytes(StandardCharsets.UTF_8)));
                }
            }
            q.append(q.isEmpty() ? "" : "&").append(param).append('=');
            return new Request("GET", concat(path + "?" + q, RawHttp.percentEncode(p), ""), List.of(new RawHttp.Header("Accept",
                    "application/json".getBytes(StandardCharsets.UTF_8))), null);
        }));
    }

    /** A path id twice: percent-encoded as a client should send it, and raw, bytes as they are. */
    private static void path(List<Slot> slots, String endpoint, String method, String prefix, String suffix) {
        slots.add(new Slot(endpoint, "path id (encoded)", false,
                p -> new Request(method, concat(prefix, RawHttp.percentEncode(p), suffix), List.of(), null)));
        slots.add(new Slot(endpoint, "path id (raw)", false, p -> new Request(method, concat(prefix, p, suffix), List.of(), null)));
    }

    private static void field(List<Slot> slots, String endpoint, String path, String accept, ObjectNode base, String field) {
        slots.add(new Slot(endpoint, "field " + field, false, p -> Request.of("POST", path).withHeader("Accept", accept)
                .withBody("application/json", jsonWith(base, field, p))));
    }

    private static void body(List<Slot> slots, String endpoint, String path, String accept) {
        slots.add(new Slot(endpoint, "whole body", false, p -> Request.of("POST", path).withHeader("Accept", accept)
                .withBody("application/json", p)));
    }

    /** The base body with {@code field} set to the payload as a JSON string (raw bytes between quotes if not UTF-8). */
    static byte[] jsonWith(ObjectNode base, String field, byte[] payload) {
        ObjectNode copy = base.deepCopy();
        copy.put(field, PLACEHOLDER);
        String rendered = copy.toString();
        String marker;
        try {
            marker = Json.MAPPER.writeValueAsString(PLACEHOLDER);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int at = rendered.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(rendered.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(jsonString(payload));
        out.writeBytes(rendered.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] jsonString(byte[] payload) {
        HostileCorpus.Input probe = new HostileCorpus.Input("", "", HostileCorpus.Kind.PAYLOAD, payload, null, null);
        if (probe.isUtf8()) {
            try {
                return Json.MAPPER.writeValueAsBytes(probe.text());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('"');
        for (byte b : payload) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c < 0x20) {
                out.writeBytes(String.format("\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(c);
            }
        }
        out.write('"');
        return out.toByteArray();
    }

    static byte[] concat(String before, String middle, String after) {
        return (before + middle + after).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
