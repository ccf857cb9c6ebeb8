package dev.rehearse.http;

import dev.rehearse.config.ServerSettings;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Who may talk to the server.
 *
 * <p>With an access token set ({@code REHEARSE_ACCESS_TOKEN} or the file {@code REHEARSE_ACCESS_TOKEN_FILE}, required
 * when the host the server binds to resolves to anything but loopback addresses; see {@code HostAddresses}),
 * every request must carry it, as {@code Authorization: Bearer <token>}, as the cookie
 * {@value #COOKIE}, or once as {@code ?token=<token>}. A right {@code ?token=} sets that cookie (HttpOnly,
 * SameSite=Strict), and a page request is then redirected to the same address without the token, so it does not
 * stay in the address bar or the history; the page's own requests carry the cookie from then on. Anything else
 * gets 401.
 *
 * <p>Without a token the server binds to this machine only, and then answers only requests addressed to this
 * machine by name ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}): a web page elsewhere that re-points its
 * own domain name at 127.0.0.1 (DNS rebinding) is refused, so it cannot read the notes through the browser.
 */
public final class AccessGuard {

    public static final String COOKIE = "rehearse_token";
    public static final String QUERY = "token";

    private final byte[] token;
    private final boolean loopbackOnly;

    public AccessGuard(ServerSettings settings) {
        this.token = settings.accessToken() == null ? null : settings.accessToken().getBytes(StandardCharsets.UTF_8);
        this.loopbackOnly = settings.isLoopback();
    }

    /** The before-handler: passes, redirects (after a right {@code ?token=}) or throws a 401/403 ApiException. */
    public void check(Context ctx) {
        if (token == null) {
            if (loopbackOnly && !addressedToThisMachine(ctx.host())) {
                throw new ApiException(403, "forbidden", "this Rehearse server answers only requests addressed to"
                        + " localhost or 127.0.0.1");
            }
            return;
        }
        String fromQuery = ctx.queryParam(QUERY);
        if (fromQuery != null && matches(fromQuery)) {
            ctx.cookie(new Cookie(COOKIE, new String(token, StandardCharsets.UTF_8), "/", -1, false, true, null, SameSite.STRICT));
            if (ctx.method().name().equals("GET") && !ctx.path().startsWith("/api/")) {
                ctx.redirect(withoutToken(ctx), io.javalin.http.HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            }
            return;
        }
        if (matches(bearer(ctx.header("Authorization"))) || matches(ctx.cookie(COOKIE))) {
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer realm=\"rehearse\"");
        String why = fromQuery != null || ctx.header("Authorization") != null || ctx.cookie(COOKIE) != null
                ? "the access token sent is not this server's" : "this Rehearse server needs its access token";
        throw new ApiException(401, "unauthorized", why + ": open the page once as /?token=<REHEARSE_ACCESS_TOKEN>,"
                + " or send the header Authorization: Bearer <token>");
    }

    private boolean matches(String candidate) {
        // constant time, so response times do not leak how much of a guess was right
        return candidate != null && MessageDigest.isEqual(token, candidate.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.strip();
        return h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7) : null;
    }

    private static String withoutToken(Context ctx) {
        StringBuilder rest = new StringBuilder();
        String query = ctx.queryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals(QUERY) && !pair.startsWith(QUERY + "=")) {
                    rest.append(rest.isEmpty() ? "?" : "&").append(pair);
                }
            }
        }
        return ctx.path() + rest;
    }

    static boolean addressedToThisMachine(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return true; // HTTP/1.0 clients such as curl --http1.0 send none; a browser always does
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close > 0 && host.substring(1, close).equals("::1");
        }
        int colon = host.indexOf(':');
        String name = colon >= 0 ? host.substring(0, colon) : host;
        return name.equals("localhost") || name.endsWith(".localhost") || name.matches("127(\\.\\d{1,3}){3}");
    }
}
