package dev.rehearse.http;

import dev.rehearse.config.ServerSettings;
import dev.rehearse.service.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * What every server on Rehearse's address has, whether it is the real one or the one that answers while the
 * index is built: the address, the page from the classpath, JSON errors even for what Jetty refuses itself, HEAD
 * answered as GET, and the security headers, query-string check and access token before any route. One place, so
 * the start-up server cannot drift from the rules the real server keeps.
 */
final class ServedAddress {

    private ServedAddress() {
    }

    static void configure(JavalinConfig cfg, ServerSettings settings, AccessGuard guard) {
        cfg.jetty.host = settings.host();
        cfg.jetty.port = settings.port();
        // what Jetty refuses before Javalin sees it is answered as JSON too
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        cfg.jetty.modifyServletContextHandler(context -> context.addFilter(new FilterHolder(new HeadAsGet()), "/*",
                EnumSet.of(DispatcherType.REQUEST)));
        cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            // the page is UTF-8 ("…", "→"); say so in the header, not only in its meta tag
            files.mimeTypes.add("text/html; charset=utf-8", "html");
        });
        // headers first, so even a refused request carries them; then the token
        cfg.routes.before(SecurityHeaders::apply);
        cfg.routes.before(QueryStringCheck::check);
        cfg.routes.before(guard::check);
    }
}
