package dev.rehearse.judgement;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.coach.roles.RoleTrainingSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the hand-written judgement set from {@code src/test/resources/judgement/}, one JSON object a line. */
public final class JudgementSet {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private JudgementSet() {}

    public static List<JudgedTriple> triples() {
        return read("triples.jsonl", n -> new JudgedTriple(
                text(n, "id"), text(n, "type"), text(n, "question"), text(n, "weak"), text(n, "strong"),
                n.path("lengthMatched").asBoolean(), text(n, "failureMode"), text(n, "notes")));
    }

    /**
     * {@code tune}: the odd-numbered triples, the half rules may be tuned on; {@code held-out}: the even-numbered
     * ones, which judge whether the tuning holds on answers it did not look at; anything else: all of them.
     */
    public static List<JudgedTriple> half(String which) {
        List<JudgedTriple> all = triples();
        return switch (which) {
            case "tune" -> all.stream().filter(t -> number(t) % 2 == 1).toList();
            case "held-out" -> all.stream().filter(t -> number(t) % 2 == 0).toList();
            default -> all;
        };
    }

    private static int number(JudgedTriple t) {
        return Integer.parseInt(t.id().replaceAll("\\D", ""));
    }

    /**
     * Every labelled sentence: the training split ships with the app ({@code coach/role-sentences.jsonl}, the role
     * classifier trains on it at first start) and the held-out split stays here, so each sentence lives in one place.
     */
    public static List<LabelledSentence> sentences() {
        List<LabelledSentence> all = new ArrayList<>();
        RoleTrainingSet.bundled().examples().forEach(e -> all.add(new LabelledSentence(e.text(), e.role(), "train")));
        all.addAll(heldOutSentences());
        return all;
    }

    /** The held-out sentences that measure the role classifier. */
    public static List<LabelledSentence> heldOutSentences() {
        return read("sentences.jsonl", n -> convert(n, LabelledSentence.class));
    }

    public static List<PlantedInvention> inventions() {
        return read("inventions.jsonl", n -> convert(n, PlantedInvention.class));
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException e) {
            throw new IllegalStateException("judgement set: cannot read " + node + " as " + type.getSimpleName(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("judgement set: field '" + field + "' missing or not text in " + node);
        }
        return value.asText();
    }

    private static <T> List<T> read(String file, Function<JsonNode, T> parse) {
        String resource = "/judgement/" + file;
        try (InputStream in = JudgementSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("judgement set: " + resource + " is not on the test classpath");
            }
            List<T> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                try {
                    rows.add(parse.apply(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
