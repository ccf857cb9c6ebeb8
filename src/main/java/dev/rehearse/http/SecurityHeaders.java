package dev.rehearse.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers set on every response, the page's and the API's alike. The Content-Security-Policy allows scripts,
 * styles and requests from this server only: no inline script, no inline style, no eval, no plugins, no framing.
 * So even if candidate or model text ever reached the page as HTML, the browser would not run it. Media may also
 * come from {@code blob:} URLs: that is how the page plays back a recording it holds in memory, which never
 * leaves the browser for that.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "media-src 'self' blob:",
            "connect-src 'self'",
            "font-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'");

    /** Name → value; also sent by {@link JsonErrorHandler} on the errors Jetty answers before Javalin sees them. */
    static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        return Map.copyOf(h);
    }

    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
