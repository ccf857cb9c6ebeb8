package dev.rehearse.judgement;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file of weak/strong triples from disk, in the same JSON Lines shape as the bundled judgement set, so a
 * set kept apart from it (the holdout set nobody tunes on) can be judged by the same benchmark.
 */
public final class TripleFile {

    /** The held-out set: written separately from the tuning set and never to be used for tuning. */
    public static final Path HOLDOUT = Path.of("src", "test", "resources", "judgement-holdout", "triples.jsonl");

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private TripleFile() {
    }

    public static List<JudgedTriple> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("triples file " + file + " cannot be read", e);
        }
        List<JudgedTriple> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(lines.get(i));
                rows.add(new JudgedTriple(text(n, "id"), text(n, "type"), text(n, "question"), text(n, "weak"),
                        text(n, "strong"), n.path("lengthMatched").asBoolean(), text(n, "failureMode"), text(n, "notes")));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rows);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("field '" + field + "' missing or not text");
        }
        return value.asText();
    }
}
