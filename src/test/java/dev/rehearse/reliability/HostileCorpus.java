package dev.rehearse.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The hostile inputs of {@code src/test/resources/hostile/corpus.jsonl}, one JSON object a line. A payload is
 * given as {@code text} (JSON escapes keep invisible characters visible in the file), {@code hex} (bytes that are
 * not UTF-8), or {@code parts}: pieces concatenated, each text, hex, {@code repeat} × {@code times}, or
 * {@code randomBytes} with a {@code seed}, so the megabyte inputs are generated at test time from a line of spec.
 * A line with {@code method} or {@code contentType} is a request variant instead: an odd HTTP method, or a
 * Content-Type ({@code null}: none at all).
 */
public final class HostileCorpus {

    public static final String RESOURCE = "/hostile/corpus.jsonl";

    /**
     * What the barrage looks for in answers: stack frames and Java class names. An input carrying such text
     * would be echoed in an error message and trip the check on its own, so the corpus may not hold any.
     */
    public static final Pattern STACK_TRACE = Pattern.compile(
            "(\\tat |\\n\\s+at [a-z]|\\b(?:java|javax|jakarta|sun|org\\.eclipse|org\\.sqlite|org\\.apache|io\\.javalin"
                    + "|com\\.fasterxml|dev\\.langchain4j|dev\\.rehearse|ai\\.djl)\\.[a-zA-Z]"
                    + "|\\b[A-Z][a-zA-Z]*(?:Exception|Error)\\b|Caused by:)");

    public enum Kind { PAYLOAD, METHOD, CONTENT_TYPE }

    /**
     * @param bytes       the payload (PAYLOAD only)
     * @param method      the HTTP method (METHOD only)
     * @param contentType the Content-Type header, null for none (CONTENT_TYPE only)
     */
    public record Input(String name, String category, Kind kind, byte[] bytes, String method, String contentType) {

        public boolean isUtf8() {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileCorpus() {
    }

    public static List<Input> load() {
        ObjectMapper json = new ObjectMapper();
        List<Input> inputs = new ArrayList<>();
        try (InputStream in = HostileCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                JsonNode line = json.readTree(lines[i]);
                inputs.add(input(line, i + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inputs;
    }

    public static List<Input> of(List<Input> all, Kind kind) {
        return all.stream().filter(i -> i.kind() == kind).toList();
    }

    private static Input input(JsonNode line, int lineNumber) {
        String name = line.path("name").asText();
        String category = line.path("category").asText();
        if (name.isBlank() || category.isBlank()) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": every input needs a name and a category");
        }
        if (line.has("method")) {
            return new Input(name, category, Kind.METHOD, null, line.get("method").asText(), null);
        }
        if (line.has("contentType")) {
            JsonNode type = line.get("contentType");
            return new Input(name, category, Kind.CONTENT_TYPE, null, null, type.isNull() ? null : type.asText());
        }
        byte[] bytes;
        if (line.has("text") || line.has("hex")) {
            bytes = piece(line);
        } else if (line.has("parts")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (JsonNode part : line.get("parts")) {
                out.writeBytes(piece(part));
            }
            bytes = out.toByteArray();
        } else {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": give text, hex, parts, method or contentType");
        }
        String asText = new String(bytes, StandardCharsets.UTF_8);
        if (STACK_TRACE.matcher(asText).find()) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + " (" + name + ") looks like a stack trace or a"
                    + " class name; the barrage could not tell an echo of it from a leak");
        }
        return new Input(name, category, Kind.PAYLOAD, bytes, null, null);
    }

    private static byte[] piece(JsonNode part) {
        if (part.has("text")) {
            return part.get("text").asText().getBytes(StandardCharsets.UTF_8);
        }
        if (part.has("hex")) {
            return HexFormat.of().parseHex(part.get("hex").asText().replace(" ", ""));
        }
        if (part.has("repeat")) {
            byte[] unit = part.get("repeat").asText().getBytes(StandardCharsets.UTF_8);
            int times = part.path("times").asInt();
            ByteArrayOutputStream out = new ByteArrayOutputStream(unit.length * times);
            for (int i = 0; i < times; i++) {
                out.writeBytes(unit);
            }
            return out.toByteArray();
        }
        if (part.has("randomBytes")) {
            byte[] out = new byte[part.get("randomBytes").asInt()];
            new Random(part.path("seed").asLong()).nextBytes(out);
            return out;
        }
        throw new IllegalStateException("a part needs text, hex, repeat or randomBytes: " + part);
    }
}
