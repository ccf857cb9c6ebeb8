package dev.rehearse.llm.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/**
 * Reads the JSON object a model wrote, forgiving what models do around it: a code fence, a sentence
 * before or after, unknown fields, trailing commas. What is still not JSON gives an empty result, never
 * an exception, so the caller can retry once and then fall back.
 */
public final class LenientJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private LenientJson() {
    }

    public static <T> Optional<T> parse(String text, Class<T> type) {
        if (text == null) {
            return Optional.empty();
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readValue(text.substring(start, end + 1), type));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
