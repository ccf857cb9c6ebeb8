package dev.rehearse.http;

import dev.rehearse.config.ServerSettings;
import dev.rehearse.search.IndexingProgress;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What answers on the server's address while the knowledge index is built at start-up, before the service exists:
 * the page itself, and {@code GET /api/health} saying {@code "starting"} with the passages embedded so far, so the
 * page can show the progress instead of a browser that waits on a closed port. Every other API request gets a 503
 * that says why. It is stopped just before the real server takes the same address.
 */
public final class StartupServer {

    private static final Logger log = LoggerFactory.getLogger(StartupServer.class);

    /**
     * The health answer while starting.
     *
     * @param status   always {@code "starting"}, which the page waits on
     * @param indexing how far the embedding of the notes has got
     */
    public record StartingHealth(String status, IndexingProgress.Snapshot indexing) {
    }

    private final ServerSettings settings;
    private final Javalin app;

    public StartupServer(ServerSettings settings, IndexingProgress progress) {
        this.settings = settings;
        AccessGuard guard = new AccessGuard(settings);
        this.app = Javalin.create(cfg -> {
            // the same page, headers and access rules as the real server: the notes are not served here, but the
            // page and the progress are still nobody else's business
            ServedAddress.configure(cfg, settings, guard);
            cfg.routes.get("/api/health", ctx -> ctx.json(new StartingHealth("starting", progress.snapshot())));
            cfg.routes.before("/api/*", ctx -> {
                if (!ctx.path().equals("/api/health")) {
                    IndexingProgress.Snapshot now = progress.snapshot();
                    throw new ApiException(503, "starting", "Rehearse is still indexing your notes (" + now.embedded()
                            + " of " + now.toEmbed() + " passages); try again in a moment");
                }
            });
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "not_found", "no such page: " + ctx.path());
                }
            });
        });
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new ErrorResponse(status, code, message));
    }

    /** Starts listening; the real server's {@link RehearseServer#checkCanListen} has tried the address already. */
    public StartupServer start() {
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port(), e);
        }
        log.info("Rehearse is starting at {}: the page shows how far the indexing has got", url());
        return this;
    }

    /** The port listened on: the one asked for, or the one picked when that was 0. */
    public int port() {
        return app.port();
    }

    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + app.port() + "/";
    }

    public void stop() {
        app.stop();
    }
}
