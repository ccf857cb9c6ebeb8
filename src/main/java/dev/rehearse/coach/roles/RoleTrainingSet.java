package dev.rehearse.coach.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled sentences the role classifier learns from: {@code coach/role-sentences.jsonl}, one
 * {@code {"text": …, "role": …}} a line. It ships in the jar because the model is trained on the user's machine;
 * the held-out sentences that measure it stay with the tests.
 */
public record RoleTrainingSet(List<Example> examples, String fingerprint) {

    /** Training file on the class path, under {@code coach/}. */
    public static final String FILE = "role-sentences.jsonl";

    /** One labelled sentence. */
    public record Example(String text, String role) {
    }

    public RoleTrainingSet {
        examples = List.copyOf(examples);
    }

    /** The bundled training file. */
    public static RoleTrainingSet bundled() {
        byte[] bytes = RoleResources.read(FILE);
        return new RoleTrainingSet(parse(new String(bytes, StandardCharsets.UTF_8)), RoleResources.digest(FILE));
    }

    /** The roles the set teaches, in first-seen order. */
    public List<String> roles() {
        return examples.stream().map(Example::role).distinct().toList();
    }

    static List<Example> parse(String jsonLines) {
        ObjectMapper json = new ObjectMapper();
        List<Example> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : jsonLines.split("\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = json.readTree(line);
                String text = n.path("text").asText("");
                String role = n.path("role").asText("");
                if (text.isBlank() || role.isBlank()) {
                    throw new IllegalStateException(FILE + " line " + lineNo + ": needs a text and a role");
                }
                out.add(new Example(text, role));
            } catch (IOException e) {
                throw new UncheckedIOException(FILE + " line " + lineNo + " is not JSON", e);
            }
        }
        return out;
    }
}
