package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.NumberCheck;
import dev.rehearse.coach.text.Span;
import dev.rehearse.knowledge.PracticeQuestion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report as the HTTP layer will send it: camelCase fields, lower-case enums, plain data. */
class ReportJsonTest {

    private final ObjectMapper json = CoachFixtures.json();

    @Test
    void should_serialise_with_camel_case_fields_and_lower_case_enum_values() throws Exception {
        // given
        PracticeQuestion paypal = CoachFixtures.notesQuestion("Can you walk me through");
        DraftAnalysis a = CoachFixtures.analyzer().analyze(paypal.question(), paypal.answer());

        // when
        JsonNode root = json.readTree(json.writeValueAsString(a));

        // then
        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("question", "structure", "evidence", "ownership", "delivery", "relevance", "language", "markup", "concerns", "scores");
        assertThat(root.at("/question/type").asText()).isEqualTo("behavioural");
        assertThat(root.at("/delivery/length").asText()).isEqualTo("within-target");
        assertThat(root.at("/language/status").asText()).isEqualTo("skipped");
        assertThat(root.at("/scores/dimensions/0/dimension").asText()).isEqualTo("substance");
        assertThat(root.at("/ownership/unclear/0/kind").asText()).isEqualTo("unclear-ownership");
        assertThat(root.at("/evidence/names/0/span/text").asText()).isEqualTo("PayPal");
        assertThat(root.at("/evidence").has("quantities")).as("helper methods are not fields").isFalse();
        assertThat(root.has("allFindings")).isFalse();
        assertThat(fieldNames(root)).allMatch(n -> n.matches("[a-z][A-Za-z0-9]*"), "camelCase");
    }

    @Test
    void should_read_back_the_serialised_report_as_equal_json() throws Exception {
        // given
        DraftAnalysis a = CoachFixtures.analyzer().analyze(GoldenDraftsTest.PIPELINE_QUESTION, GoldenDraftsTest.STRONG_STORY);
        String text = json.writeValueAsString(a);

        // when
        JsonNode again = json.readTree(text);

        // then: plain data, nothing lost in a round trip through a tree
        assertThat(json.writeValueAsString(again)).isEqualTo(text);
    }

    @Test
    void should_serialise_a_number_check_with_its_support_as_a_wire_name_and_no_absent_passage() throws Exception {
        // given
        NumberCheck check = new NumberCheck("number-check-1", FindingKind.NUMBER_CHECK, new Span(6, 11, "$4.7M"),
                NumberCheck.Support.NOT_IN_NOTES, "Not in your notes: be ready to back it.", null, "", "");

        // when
        JsonNode node = json.readTree(json.writeValueAsString(check));

        // then
        assertThat(node.get("kind").asText()).isEqualTo("number-check");
        assertThat(node.get("support").asText()).isEqualTo("not-in-notes");
        assertThat(node.has("passage")).isFalse();
        assertThat(json.treeToValue(node, NumberCheck.class)).isEqualTo(check);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                out.add(n);
                out.addAll(fieldNames(node.get(n)));
            }
        } else if (node.isArray()) {
            node.forEach(child -> out.addAll(fieldNames(child)));
        }
        return out;
    }
}
