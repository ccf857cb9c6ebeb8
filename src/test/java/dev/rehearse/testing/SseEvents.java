package dev.rehearse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.service.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Server-Sent Events body read back the way a browser's reader would: one event per blank-line-separated
 * block, its {@code event:} name and its {@code data:} lines joined. Blocks without a name (keep-alive
 * comments) are left out, and CRLF line ends read like LF, so every stream test reads events the same way.
 */
public final class SseEvents {

    /** One event: its name and its data as sent. */
    public record SseEvent(String name, String data) {

        /** The data as JSON, which is what every event of ours carries. */
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException("event '" + name + "' carries data that is not JSON: " + data, e);
            }
        }
    }

    private SseEvents() {
    }

    public static List<SseEvent> parse(String body) {
        List<SseEvent> out = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            if (name != null) {
                out.add(new SseEvent(name, data.toString()));
            }
        }
        return out;
    }
}
