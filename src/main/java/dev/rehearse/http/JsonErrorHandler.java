package dev.rehearse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rehearse.service.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches Javalin: a request line or header it cannot parse, an
 * address or headers over its size limits, an ambiguous path such as {@code /a/%2F..}. Jetty's own page for these
 * is HTML without our security headers; this answers them like every other API error, as {@link ErrorResponse}
 * JSON naming the problem, never with a stack trace. A request line Jetty reads as an unknown HTTP version
 * (a raw space in the address) is the client's fault, so it is a 400, not Jetty's 505.
 */
final class JsonErrorHandler extends ErrorHandler {

    /** Jetty writes an error body for GET, POST and HEAD only; a refused DELETE or PUT gets one too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        int status = code == 505 ? 400 : code;
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body(status, code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int code, String reason, HttpFields.Mutable fields) {
        int status = code == 505 ? 400 : code;
        SecurityHeaders.HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, code, reason));
    }

    private static byte[] body(int status, int jettyCode, String jettyReason) {
        String reason = plain(jettyReason, jettyCode);
        String message = message(status, jettyCode) + (reason == null ? "" : " (" + reason + ")");
        ErrorResponse error = new ErrorResponse(status, code(status), message);
        try {
            return Json.MAPPER.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + ",\"error\":\"error\",\"message\":\"HTTP " + status + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }

    /**
     * Jetty's reason ("Illegal character CNTL=0x0", "Ambiguous URI path separator") when it is a short plain phrase;
     * anything else (an exception's text, the request quoted back at length) is left out.
     */
    private static String plain(String reason, int code) {
        if (reason == null || reason.isBlank() || reason.length() > 80 || !reason.matches("[\\p{Alnum} =:,.'()/_\\[\\]-]+")
                || reason.contains("Exception") || reason.contains("java.")
                || reason.equalsIgnoreCase(HttpStatus.getMessage(code))) {
            return null;
        }
        return reason.strip();
    }

    /** What went wrong, in words a client can act on. */
    private static String message(int status, int jettyCode) {
        return switch (status) {
            case 400 -> jettyCode == 505
                    ? "the request line is malformed: the address must be percent-encoded, without spaces or control characters"
                    : "the request is malformed (its address, a header or the body framing) and was not read";
            case 404 -> "no such endpoint or file";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request body is over the limit of " + RehearseServer.MAX_REQUEST_BYTES + " bytes";
            case 414 -> "the address is too long: send long text in a POST body, not in the query";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "something went wrong on the server; the log has the details"
                    : "the request could not be handled (HTTP " + status + ")";
        };
    }
}
