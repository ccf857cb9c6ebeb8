package dev.rehearse.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the prep pack reads from a stored coach report, read defensively: a missing field, a field of another
 * type or a report that is not JSON at all gives "nothing", never an error. The paths (all optional):
 *
 * <pre>
 * followUps[]                       array of follow-up questions, in the order to show
 * followUps[].question              string: the question the interviewer may ask          (required per item)
 * followUps[].why                   string: why they would ask it
 * followUps[].prepareFrom           citation, or array of citations: notes to prepare from
 * companyTie.bridges[]              array of bridging sentences
 * companyTie.bridges[].sentence     string: the sentence                                   (required per item)
 * companyTie.bridges[].citation     citation, or array of citations: the research passage it is built from
 * dimensions[]                      array of {"name": string, "score": number 1-5}
 *                                   (an object {"substance": 4, …} or {"substance": {"score": 4}, …} also works)
 * scores.dimensions[]               read when there is no top-level dimensions: the offline coach's critique,
 *                                   [{"dimension": "substance", "score": 3, …}]
 *
 * citation: {"source": "company/overview.md", "startLine": 3, "endLine": 8}  (a serialised Passage fits; its
 *           other fields are ignored), or the string "company/overview.md:3-8" (Passage.citation())
 * </pre>
 *
 * The overall score is not read from the report: the store keeps it in its own column.
 */
public final class ReportFields {

    public static final String FOLLOW_UPS = "followUps";
    public static final String FOLLOW_UP_QUESTION = "question";
    public static final String FOLLOW_UP_WHY = "why";
    public static final String FOLLOW_UP_PREPARE_FROM = "prepareFrom";
    public static final String COMPANY_TIE = "companyTie";
    public static final String BRIDGES = "bridges";
    public static final String BRIDGE_SENTENCE = "sentence";
    public static final String BRIDGE_CITATION = "citation";
    public static final String DIMENSIONS = "dimensions";
    public static final String SCORES = "scores";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CITATION_TEXT = Pattern.compile("^(.+?):(\\d+)(?:-(\\d+))?$");

    private ReportFields() {
    }

    /** Where a suggestion comes from; lines may be null when the report gave only a file. */
    public record Citation(String source, Integer startLine, Integer endLine) {
        public String label() {
            if (startLine == null) {
                return source;
            }
            if (endLine == null || endLine.equals(startLine)) {
                return source + " line " + startLine;
            }
            return source + " lines " + startLine + "–" + endLine;
        }
    }

    public record FollowUp(String question, String why, List<Citation> prepareFrom) {
    }

    public record Bridge(String sentence, List<Citation> citations) {
    }

    public record DimensionScore(String name, double score) {
    }

    /** The report as a tree, or empty when the text is not JSON. */
    public static Optional<JsonNode> parse(String reportJson) {
        try {
            JsonNode node = JSON.readTree(reportJson);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    public static List<FollowUp> followUps(JsonNode report) {
        List<FollowUp> out = new ArrayList<>();
        for (JsonNode item : array(report.path(FOLLOW_UPS))) {
            text(item.path(FOLLOW_UP_QUESTION)).ifPresent(q ->
                    out.add(new FollowUp(q, text(item.path(FOLLOW_UP_WHY)).orElse(null), citations(item.path(FOLLOW_UP_PREPARE_FROM)))));
        }
        return out;
    }

    public static List<Bridge> bridges(JsonNode report) {
        List<Bridge> out = new ArrayList<>();
        for (JsonNode item : array(report.path(COMPANY_TIE).path(BRIDGES))) {
            text(item.path(BRIDGE_SENTENCE)).ifPresent(s -> out.add(new Bridge(s, citations(item.path(BRIDGE_CITATION)))));
        }
        return out;
    }

    public static List<DimensionScore> dimensions(JsonNode report) {
        List<DimensionScore> out = new ArrayList<>();
        JsonNode dims = report.path(DIMENSIONS);
        if (dims.isMissingNode()) {
            // the offline coach's critique keeps them under scores, named by "dimension"
            dims = report.path(SCORES).path(DIMENSIONS);
        }
        if (dims.isArray()) {
            for (JsonNode item : dims) {
                Optional<String> name = text(item.path("name")).or(() -> text(item.path("dimension")));
                JsonNode score = item.path("score");
                if (name.isPresent() && score.isNumber()) {
                    out.add(new DimensionScore(name.get(), score.asDouble()));
                }
            }
        } else if (dims.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = dims.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode score = e.getValue().isNumber() ? e.getValue() : e.getValue().path("score");
                if (score.isNumber()) {
                    out.add(new DimensionScore(e.getKey(), score.asDouble()));
                }
            }
        }
        return out;
    }

    private static List<Citation> citations(JsonNode node) {
        List<Citation> out = new ArrayList<>();
        for (JsonNode item : node.isArray() ? array(node) : List.of(node)) {
            citation(item).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Citation> citation(JsonNode node) {
        if (node.isTextual()) {
            String s = node.asText().strip();
            if (s.isEmpty()) {
                return Optional.empty();
            }
            Matcher m = CITATION_TEXT.matcher(s);
            if (m.matches()) {
                Integer start = Integer.valueOf(m.group(2));
                return Optional.of(new Citation(m.group(1), start, m.group(3) == null ? start : Integer.valueOf(m.group(3))));
            }
            return Optional.of(new Citation(s, null, null));
        }
        return text(node.path("source")).map(source -> new Citation(source, line(node.path("startLine")), line(node.path("endLine"))));
    }

    private static Integer line(JsonNode n) {
        return n.canConvertToInt() && n.isIntegralNumber() && n.asInt() > 0 ? n.asInt() : null;
    }

    private static Optional<String> text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
    }

    private static List<JsonNode> array(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }
}
