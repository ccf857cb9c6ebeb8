package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.AskRequest;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.Json;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in {@code docs/coach.md} are the offline coach's real output: this test runs the four actions on
 * the candidate's own notes and compares a trimmed rendering with the fenced block between
 * {@code <!-- example:NAME -->} and {@code <!-- /example -->}. When the coach changes on purpose, run it with
 * {@code -Drehearse.regenerateDocs=true} to rewrite the blocks, and read the diff before committing it.
 *
 * <p>Integration tier: the index of the bundled knowledge loads the embedding model.
 */
@Tag("integration")
class CoachDocExamplesTest {

    static final Path DOC = Path.of("docs/coach.md");
    static final Path NOTES = BundledKnowledge.FOLDER.resolve("candidate/theydo-data-engineer-notes.txt");
    static final int MAX_ITEMS = 2;
    static final int MAX_CHARS = 140;
    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- example:([a-z-]+) -->\\n```json\\n)(.*?)(```\\n<!-- /example -->)", Pattern.DOTALL);
    private static final ObjectMapper PRINTER = Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    static Path dataDir;
    private static AttemptStore store;
    private static RehearseService service;

    @BeforeAll
    static void start() {
        store = AttemptStore.inDataDir(dataDir);
        service = RehearseApp.offline(BundledKnowledge.index(), store);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void should_match_the_examples_in_the_coach_doc_when_run_on_the_candidates_notes() throws IOException {
        // given
        Map<String, String> rendered = render();
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        // when
        if (Boolean.getBoolean("rehearse.regenerateDocs")) {
            doc = replaceBlocks(doc, rendered);
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        }
        Map<String, String> documented = blocks(doc);

        // then
        assertThat(documented).as("examples in %s (rerun with -Drehearse.regenerateDocs=true after an intended change)",
                DOC).containsExactlyInAnyOrderEntriesOf(rendered);
    }

    /** The four actions, each on a fixed input, as trimmed JSON keyed by the example's name. */
    private static Map<String, String> render() throws IOException {
        List<String> notes = Files.readAllLines(NOTES, StandardCharsets.UTF_8);
        String paypalQuestion = notes.get(68).strip();
        String paypal = String.join("\n", notes.subList(70, 77)) + "\n";
        String dataModelQuestion = notes.get(80).strip();
        String dataModel = String.join("\n", notes.subList(82, 85)) + "\n";

        Map<String, String> out = new LinkedHashMap<>();
        out.put("critique", trimmed(service.critique(DraftRequest.of(paypalQuestion, paypal)),
                "scores", "evidence"));
        out.put("followups", trimmed(service.followUps(DraftRequest.of(dataModelQuestion, dataModel)),
                "question", "followUps"));
        out.put("tie", trimmed(service.tie(DraftRequest.of(paypalQuestion, paypal)),
                "tied", "summary", "themesInDraft", "bridges", "interviewerSaid"));
        out.put("ask", trimmed(service.ask(new AskRequest(dataModelQuestion)), "fallback"));
        return out;
    }

    /** Only the named top-level fields, every array cut to its first items and every long string shortened. */
    static String trimmed(Object result, String... fields) throws JsonProcessingException {
        JsonNode whole = Json.MAPPER.valueToTree(result);
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            JsonNode value = whole.get(field);
            if (value == null) {
                throw new AssertionError("no field \"" + field + "\" in the result: the report no longer has it");
            }
            kept.set(field, cut(value));
        }
        return PRINTER.writeValueAsString(kept).replace("\r\n", "\n") + "\n";
    }

    private static JsonNode cut(JsonNode node) {
        if (node.isTextual() && node.textValue().length() > MAX_CHARS) {
            return TextNode.valueOf(node.textValue().substring(0, MAX_CHARS) + "...");
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < Math.min(MAX_ITEMS, node.size()); i++) {
                out.add(cut(node.get(i)));
            }
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), cut(e.getValue()));
            }
            return out;
        }
        return node;
    }

    private static Map<String, String> blocks(String doc) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            out.put(m.group(2), m.group(3));
        }
        return out;
    }

    private static String replaceBlocks(String doc, Map<String, String> rendered) {
        Matcher m = BLOCK.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fresh = rendered.getOrDefault(m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + fresh + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
