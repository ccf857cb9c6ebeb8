package dev.rehearse.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Refuses a query string whose percent-encoding is broken ({@code ?q=%ZZ%}). The servlet layer drops such a
 * parameter silently, so without this check the client would hear that {@code q} is missing, not what is wrong.
 */
final class QueryStringCheck {

    /** A % not followed by two hex digits. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private QueryStringCheck() {
    }

    static void check(Context ctx) {
        String query = ctx.queryString();
        if (query != null && BAD_ESCAPE.matcher(query).find()) {
            throw ApiException.badRequest("the query string is malformed: each % must be followed by two hex digits "
                    + "(write a literal % as %25)");
        }
    }
}
