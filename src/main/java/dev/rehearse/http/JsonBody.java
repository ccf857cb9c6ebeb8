package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw side of reading a JSON request body, shared by every route that takes one: the body must be UTF-8
 * (RFC 8259; a declared charset other than UTF-8 is refused with 415 rather than decoded, an unknown one used to
 * fail as a 500), bytes that are not UTF-8 are refused rather than silently turned into U+FFFD and stored, and a
 * field given twice is refused rather than one of its values silently winning.
 */
final class JsonBody {

    private static final ObjectReader STRICT = Json.MAPPER.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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

    /** Parses with duplicate fields refused; throws Jackson's exception for the caller to word. */
    static JsonNode parse(String raw) throws JsonProcessingException {
        return STRICT.readTree(raw);
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
