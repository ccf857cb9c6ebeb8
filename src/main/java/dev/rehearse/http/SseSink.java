package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;

/**
 * One SSE response, written from the model's reader thread and the keep-alive timer alike, so every
 * write is serialised. Data goes out as JSON we render ourselves, whatever JSON mapper the server has.
 */
final class SseSink {

    private final SseClient client;
    private final ObjectMapper json;

    SseSink(SseClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    synchronized void send(String event, Object data) {
        if (client.terminated()) {
            return;
        }
        try {
            client.sendEvent(event, json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            client.sendEvent("fallback", "{\"kind\":\"unknown\",\"note\":\"Rehearse could not encode the answer.\",\"retrieved\":[]}");
        }
    }

    /**
     * A comment line the page ignores. Writing is the only way a server learns the client has gone:
     * a write to a closed connection fails and Javalin then runs the close callback.
     */
    synchronized void keepAlive() {
        if (!client.terminated()) {
            client.sendComment("keep-alive");
        }
    }

    synchronized void close() {
        client.close();
    }
}
