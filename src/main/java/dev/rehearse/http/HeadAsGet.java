package dev.rehearse.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers {@code HEAD} exactly as {@code GET} would, without the body (RFC 9110, section 9.3.2): the same status and
 * headers, so a HEAD on a search with no query is a 400 and on an unknown passage a 404. Javalin has no HEAD routes
 * of its own and answered every HEAD with an empty 200. The request is handed on as a GET; Jetty still knows it is a
 * HEAD and sends no body.
 */
final class HeadAsGet extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!"HEAD".equals(req.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(req) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, res);
    }
}
