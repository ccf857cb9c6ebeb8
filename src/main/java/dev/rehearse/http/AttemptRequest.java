package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.practice.InvalidAttemptException;
import dev.rehearse.practice.NewAttempt;
import dev.rehearse.practice.PracticeMode;
import dev.rehearse.service.InputLimits;
import dev.rehearse.service.Json;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Reads the body of {@code POST /api/attempts} into a {@link NewAttempt}, with an error naming the field for
 * anything wrong: JSON only, each field of the right type, within its limit.
 *
 * <pre>
 * {"questionId": "q-…" | null, "questionText": "…", "draft": "…", "mode": "critique|followups|tie|ask",
 *  "report": {…}, "overallScore": 1-5 | null, "modelNote": "…" | null}
 * </pre>
 */
final class AttemptRequest {

    static final int MAX_QUESTION_CHARS = InputLimits.MAX_QUESTION_CHARS;
    /** The coach refuses longer drafts, so a longer one cannot come from a run of the page. */
    static final int MAX_DRAFT_CHARS = InputLimits.MAX_DRAFT_CHARS;
    static final int MAX_ID_CHARS = InputLimits.MAX_ID_CHARS;
    static final int MAX_NOTE_CHARS = InputLimits.MAX_NOTE_CHARS;

    private AttemptRequest() {
    }

    static NewAttempt read(Context ctx) {
        JsonNode body = jsonObject(ctx);
        String questionId = optionalText(body, "questionId", MAX_ID_CHARS);
        String questionText = requiredText(body, "questionText", MAX_QUESTION_CHARS);
        JsonNode draftNode = body.get("draft");
        if (draftNode == null || draftNode.isNull()) {
            throw ApiException.badRequest("field 'draft' is required (send \"\" when there is none)");
        }
        String draft = text(draftNode, "draft", MAX_DRAFT_CHARS);
        String modeName = requiredText(body, "mode", 40);
        PracticeMode mode;
        try {
            mode = PracticeMode.fromWire(modeName);
        } catch (InvalidAttemptException e) {
            throw ApiException.badRequest("field '" + e.getMessage().replaceFirst(" ", "' "));
        }
        JsonNode report = body.get("report");
        if (report == null || report.isNull()) {
            throw ApiException.badRequest("field 'report' is required: the report the coach returned, as a JSON object");
        }
        if (!report.isObject()) {
            throw ApiException.badRequest("field 'report' must be a JSON object, got " + typeName(report));
        }
        Double score = null;
        JsonNode scoreNode = body.get("overallScore");
        if (scoreNode != null && !scoreNode.isNull()) {
            if (!scoreNode.isNumber()) {
                throw ApiException.badRequest("field 'overallScore' must be a number between 1 and 5, got " + typeName(scoreNode));
            }
            score = scoreNode.asDouble();
            if (!(score >= NewAttempt.MIN_SCORE && score <= NewAttempt.MAX_SCORE)) {
                throw ApiException.badRequest("field 'overallScore' must be between 1 and 5, got " + scoreNode.asText());
            }
        }
        String modelNote = optionalText(body, "modelNote", MAX_NOTE_CHARS);
        try {
            return new NewAttempt(questionId, questionText, draft, mode, Json.MAPPER.writeValueAsString(report), score, modelNote);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("field 'report' could not be stored as JSON");
        } catch (InvalidAttemptException e) {
            // the store's own checks (an unpaired surrogate, for one) name the field first
            throw ApiException.badRequest("field '" + e.getMessage().replaceFirst(" ", "' "));
        }
    }

    /** The body as a JSON object, or a 400 saying what is wrong with it. */
    static JsonNode jsonObject(Context ctx) {
        String type = ctx.header("Content-Type"); // not ctx.contentType(): the servlet API throws on an unknown charset
        if (!JsonBody.isJson(type)) {
            throw ApiException.badRequest("send the body as JSON with the header Content-Type: application/json"
                    + (type == null ? "" : ", got '" + Params.shorten(type) + "'"));
        }
        String raw = JsonBody.text(ctx);
        if (raw.isBlank()) {
            throw ApiException.badRequest("the request body is empty: send a JSON object");
        }
        JsonNode body;
        try {
            body = JsonBody.parse(raw);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ApiException.badRequest(JsonBody.duplicate(e).orElse("the request body is not valid JSON")
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object, got " + typeName(body));
        }
        return body;
    }

    private static String requiredText(JsonNode body, String field, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            throw ApiException.badRequest("field '" + field + "' is required");
        }
        String value = text(node, field, max);
        if (value.isBlank()) {
            throw ApiException.badRequest("field '" + field + "' must not be blank");
        }
        return value;
    }

    private static String optionalText(JsonNode body, String field, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        return text(node, field, max);
    }

    private static String text(JsonNode node, String field, int max) {
        if (!node.isTextual()) {
            throw ApiException.badRequest("field '" + field + "' must be a string, got " + typeName(node));
        }
        String value = node.asText();
        if (value.length() > max) {
            throw new ApiException(413, "payload_too_large", "field '" + field + "' is " + value.length()
                    + " characters long; the limit is " + max);
        }
        return value;
    }

    static String typeName(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
