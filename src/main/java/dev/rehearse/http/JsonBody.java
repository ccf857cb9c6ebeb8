package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw side of reading a JSON request body, shared by every route that takes one: the body must be UTF-8
 * (RFC 8259; a declared charset other than UTF-8 is refused with 415 rather than decoded, an unknown one used to
 * fail as a 500), bytes that are not UTF-8 are refused rather than silently turned into U+FFFD and stored, and a
 * field given twice is refused rather than one of its values silently winning, and anything after the JSON value
 * ({@code {…}]]]}) is refused rather than ignored.
 *
 * <p>Bodies bind to records strictly: a number where a string is wanted, or the text {@code "true"} where a
 * boolean is, is refused rather than converted, so a client's mistake is named instead of guessed at. Unknown
 * fields are ignored, so an older server accepts a newer page's requests.
 */
final class JsonBody {

    private static final ObjectMapper REQUESTS = requestMapper();
    private static final ObjectReader STRICT = REQUESTS.reader();
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)\"?");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{0,40})");

    private JsonBody() {
    }

    /** Whether the Content-Type names JSON: {@code application/json} or a {@code +json} type, parameters aside. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
    }

    /** The body decoded as UTF-8, or a 415/400 naming what is wrong with its encoding. */
    static String text(Context ctx) {
        String type = ctx.header("Content-Type"); // not ctx.contentType(): the servlet API throws on an unknown charset
        if (type != null) {
            Matcher m = CHARSET.matcher(type);
            if (m.find()) {
                String charset = m.group(1).toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    throw new ApiException(415, "unsupported_media_type", "send JSON as UTF-8: charset '"
                            + Params.shorten(m.group(1)) + "' is not accepted");
                }
            }
        }
        byte[] bytes = ctx.bodyAsBytes();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return utf8.decode(in).toString();
        } catch (MalformedInputException e) {
            throw ApiException.badRequest("the request body is not valid UTF-8 (byte " + (in.position() + 1) + " of " + bytes.length + ")");
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("the request body is not valid UTF-8");
        }
    }

    private static ObjectMapper requestMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // the request records have text and true/false fields: neither may be made from another kind of value
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String)) {
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Parses with duplicate fields and trailing content refused; throws Jackson's exception for the caller to word. */
    static JsonNode parse(String raw) throws JsonProcessingException {
        return STRICT.readTree(raw);
    }

    /**
     * The body bound to {@code type}, or a 400/415 naming the problem: not JSON, not UTF-8, not an object, a field
     * of the wrong type or given twice, something after the object. Checking the values is the caller's job.
     *
     * @param example a small valid body, quoted in the error when the body is empty or not an object
     */
    static <T> T bind(Context ctx, Class<T> type, String example) {
        String contentType = ctx.header("Content-Type"); // not ctx.contentType(): the servlet API throws on an unknown charset
        if (!isJson(contentType)) {
            throw ApiException.badRequest("send the request as JSON (Content-Type: application/json)");
        }
        String raw = text(ctx);
        if (raw.isBlank()) {
            throw ApiException.badRequest("the request body is empty; send a JSON object such as " + example);
        }
        T value;
        try {
            value = STRICT.forType(type).readValue(raw);
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest(mismatch(e, example));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(duplicate(e).orElse("the request body is not valid JSON"));
        }
        if (value == null) {
            throw ApiException.badRequest("the request body must be a JSON object such as " + example);
        }
        return value;
    }

    private static String mismatch(MismatchedInputException e, String example) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return "the request body has more after its JSON object; send one JSON object and nothing else";
        }
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.isEmpty() || path.get(0).getFieldName() == null) {
            return "the request body must be a JSON object such as " + example;
        }
        String field = path.get(0).getFieldName();
        Class<?> target = e.getTargetType();
        String wanted = target == Boolean.class || target == boolean.class ? "true or false"
                : target == String.class ? "a string" : "of another type";
        return "field '" + Params.shorten(field) + "' must be " + wanted;
    }

    /** "field 'x' appears twice" when that is what is wrong. */
    static Optional<String> duplicate(JsonProcessingException e) {
        if (e instanceof JsonParseException && e.getOriginalMessage() != null) {
            Matcher m = DUPLICATE.matcher(e.getOriginalMessage());
            if (m.find()) {
                return Optional.of("the request body gives the field '" + m.group(1) + "' more than once");
            }
        }
        return Optional.empty();
    }
}
