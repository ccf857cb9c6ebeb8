package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/**
 * Reads and checks the JSON body the coach routes share: {@code {question, draft, questionId?}}.
 * Every refusal names the field and the limit; unknown fields are ignored.
 */
final class CoachInput {

    static final int MAX_DRAFT_CHARS = dev.rehearse.coach.InputLimits.MAX_DRAFT_CHARS;
    static final int MAX_QUESTION_CHARS = dev.rehearse.coach.InputLimits.MAX_QUESTION_CHARS;

    private CoachInput() {
    }

    /** The parsed body: fields are null when absent. */
    record Body(String question, String draft, String questionId) {
    }

    static Body read(Context ctx) {
        String type = ctx.header("Content-Type");
        if (!JsonBody.isJson(type)) {
            throw ApiException.badRequest("send the request as JSON (Content-Type: application/json)");
        }
        String raw = JsonBody.text(ctx);
        if (raw.isBlank()) {
            throw ApiException.badRequest("the request body is empty; send a JSON object such as {\"question\": \"...\", \"draft\": \"...\"}");
        }
        JsonNode root;
        try {
            root = JsonBody.parse(raw);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(JsonBody.duplicate(e).orElse("the request body is not valid JSON"));
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object such as {\"question\": \"...\", \"draft\": \"...\"}");
        }
        return new Body(text(root, "question"), text(root, "draft"), text(root, "questionId"));
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("field '" + field + "' must be a string");
        }
        return value.asText();
    }

    /** The value, refused when missing or blank (400) or over the limit (413). */
    static String required(String field, String value, int max) {
        if (value == null) {
            throw ApiException.badRequest("field '" + field + "' is required");
        }
        if (value.isBlank()) {
            throw ApiException.badRequest("field '" + field + "' must not be empty");
        }
        if (value.length() > max) {
            throw new ApiException(413, "payload_too_large", "field '" + field + "' is " + value.length()
                    + " characters long; the limit is " + max);
        }
        return value;
    }

    static String question(Body body) {
        return required("question", body.question(), MAX_QUESTION_CHARS);
    }

    static String draft(Body body) {
        return required("draft", body.draft(), MAX_DRAFT_CHARS);
    }
}
