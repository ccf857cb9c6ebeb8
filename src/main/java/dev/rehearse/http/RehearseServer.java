package dev.rehearse.http;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.InvalidAttemptException;
import dev.rehearse.search.IndexUnavailableException;
import dev.rehearse.text.AnalysisCancelledException;
import dev.rehearse.service.AnalysisDeadline;
import dev.rehearse.service.InvalidInputException;
import dev.rehearse.service.PlanService;
import dev.rehearse.service.RehearseService;
import dev.rehearse.service.SpokenDrafts;
import dev.rehearse.service.UnknownCompanyException;
import io.javalin.Javalin;
import org.eclipse.jetty.http.BadMessageException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Optional;
import dev.rehearse.voice.RecordingStore;
import dev.rehearse.voice.VoiceSettings;
import io.javalin.config.SizeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of Rehearse: the JSON API and the static page. Takes the service in the constructor, assembles
 * nothing of its own, and exposes the Javalin instance so tests can drive it on a random port.
 */
public final class RehearseServer {

    private static final Logger log = LoggerFactory.getLogger(RehearseServer.class);
    /** Request bodies over this are refused; drafts are capped far lower by the coach endpoints. */
    static final long MAX_REQUEST_BYTES = 1_000_000;
    /**
     * A request body arriving slower than this, on average since its first byte, is ended with a 408. Without it a
     * client sending a byte every few seconds holds a request thread for as long as it likes, and fifty such
     * clients hold fifty. The rate is low on purpose: Jetty measures from the first byte with no grace, each time
     * the handler reads, so on a machine busy with other work a small body that arrived whole can look slow when
     * the server gets round to its second read. At 4,096 bytes a second a 500-byte draft counted as slow after
     * 122 ms, and a heavily shared machine refused real saves with a 408; at 256 it has two seconds, while a
     * trickle of a byte every half second is still ended within seconds.
     */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 256;

    private final ServerSettings settings;
    private final Javalin app;
    private final List<AutoCloseable> closeables;
    private final AnalysisDeadline analyses;

    /** A server without voice transcription: the page offers typing, and {@code /api/transcribe} says so. */
    public RehearseServer(ServerSettings settings, RehearseService service) {
        this(settings, service, new VoiceController(Optional.empty(), RecordingStore.inDataDir(settings.dataDir(), VoiceSettings.none()),
                service.spokenAnswers()));
    }

    public RehearseServer(ServerSettings settings, RehearseService service, VoiceController voice) {
        this(settings, service, voice, null);
    }

    /** With practice planning ({@code /api/stories}, {@code /api/coverage}, {@code /api/plan}) when {@code plan} is given. */
    public RehearseServer(ServerSettings settings, RehearseService service, VoiceController voice, PlanService plan) {
        this.settings = settings;
        SearchController search = plan == null ? new SearchController(service) : new SearchController(service, plan::warnings);
        CoachController coach = new CoachController(service);
        LlmController llm = new LlmController(service);
        ConfigController config = new ConfigController(service);
        QuestionTypeController questionType = new QuestionTypeController(service);
        PracticeController practice = new PracticeController(service.attempts(), java.time.Clock.systemUTC(),
                company -> Optional.ofNullable(service.companies().resolve(company).name()).or(service::companyName).orElse(""),
                company -> service.companies().resolve(company).history());
        MockController mock = new MockController(service.mock());
        MockStreamController mockStream = new MockStreamController(service.mock());
        AccessGuard guard = new AccessGuard(settings);
        this.closeables = List.of(llm);
        this.analyses = service.analyses();
        this.app = Javalin.create(cfg -> {
            ServedAddress.configure(cfg, settings, guard);
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            // a recording is a multipart upload, which maxRequestSize does not bound; the voice controller refuses
            // an oversize one by its length first, with a message naming the limit, and Jetty's bound backs it up
            cfg.jetty.multipartConfig.maxFileSize(26, SizeUnit.MB);
            cfg.jetty.multipartConfig.maxTotalRequestSize(27, SizeUnit.MB);
            cfg.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND));
            // each feature's controller declares its own routes
            search.routes(cfg.routes);
            coach.routes(cfg.routes);
            llm.routes(cfg.routes);
            config.routes(cfg.routes);
            questionType.routes(cfg.routes);
            practice.routes(cfg.routes);
            voice.routes(cfg.routes);
            mockStream.routes(cfg.routes);
            mock.routes(cfg.routes);
            if (plan != null) {
                new PlanController(plan).routes(cfg.routes);
            }
            new CompanyController(service.companies()).routes(cfg.routes);

            cfg.routes.exception(UnknownCompanyException.class, (e, ctx) ->
                    error(ctx, 404, "not_found", e.getMessage()));
            cfg.routes.exception(ApiException.class, (e, ctx) ->
                    error(ctx, e.status(), e.code(), e.getMessage()));
            // a field missing or blank is the client's mistake (400); one over its limit is too large (413)
            cfg.routes.exception(InvalidInputException.class, (e, ctx) -> {
                if (e.problem() == InvalidInputException.Problem.TOO_LONG) {
                    error(ctx, 413, "payload_too_large", e.getMessage());
                } else {
                    error(ctx, 400, "bad_request", e.getMessage());
                }
            });
            // the history's own checks on a result to save (an unpaired surrogate in the draft, for one)
            cfg.routes.exception(InvalidAttemptException.class, (e, ctx) ->
                    error(ctx, 400, "bad_request", "the result cannot be saved to the history: " + e.getMessage()));
            // a spoken draft's recording the server no longer holds: the message says to record again or send it typed
            cfg.routes.exception(SpokenDrafts.UnknownRecordingException.class, (e, ctx) ->
                    error(ctx, 400, "spoken_unknown", e.getMessage()));
            // an analysis stopped: past its deadline the client hears why; a client that left hears nothing
            cfg.routes.exception(AnalysisCancelledException.class, (e, ctx) -> analysisStopped(ctx, e));
            // the index cannot answer for a moment (being rebuilt, shutting down): a 503 that says so, not a 500
            cfg.routes.exception(IndexUnavailableException.class, (e, ctx) ->
                    error(ctx, 503, "index_unavailable", e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                    error(ctx, e.getStatus(), codeFor(e.getStatus()), e.getStatus() == 413
                            ? "the request body is over the limit of " + MAX_REQUEST_BYTES + " bytes" : e.getMessage()));
            // Jetty's own refusals met while reading the body, such as one arriving slower than the minimum rate
            cfg.routes.exception(BadMessageException.class, (e, ctx) -> error(ctx, e.getCode(), codeFor(e.getCode()),
                    e.getCode() == 408 ? "the request body arrived too slowly (under " + MIN_REQUEST_BYTES_PER_SECOND
                            + " bytes a second); send it at once" : "the request could not be read"));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal_error", "something went wrong on the server; the log has the details");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    private void analysisStopped(Context ctx, AnalysisCancelledException e) {
        switch (e.reason()) {
            case DEADLINE -> {
                ctx.header("Retry-After", "5");
                error(ctx, 503, "analysis_timeout", "the analysis took longer than " + e.budget().toSeconds()
                        + " s (" + AnalysisDeadline.TIMEOUT + ") and was stopped; try a shorter draft, or try again when"
                        + " the machine is less busy");
            }
            case SHUTDOWN -> error(ctx, 503, "server_stopping", "the server is stopping; try again once it has restarted");
            case CLIENT_LEFT -> error(ctx, 499, "client_closed", e.getMessage());
        }
    }


    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new ErrorResponse(status, code, message));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }

    public Javalin javalin() {
        return app;
    }

    /** Starts listening; an address that cannot be listened on is a settings problem, reported as one. */
    public RehearseServer start() {
        try {
            app.start();
        } catch (JavalinBindException e) {
            // Javalin calls every bind failure "port already in use", an unknown host included: give the real reason
            throw cannotListen(settings, e);
        }
        log.info("Rehearse is ready at {}", url());
        return this;
    }

    /**
     * Tries the address before anything slow is done (indexing takes seconds), so a port in use or an unknown host
     * is reported at once, in one line, and Javalin never gets to log its own failure. The probe is closed at once;
     * another program could still take the port before the server starts, which {@link #start()} reports the same way.
     */
    public static void checkCanListen(ServerSettings settings) {
        InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
        if (address.isUnresolved()) {
            throw cannotListen(settings, new UnknownHostException(settings.host()));
        }
        try (ServerSocket probe = new ServerSocket()) {
            // as Jetty binds: a port held only by connections closing down is free
            probe.setReuseAddress(true);
            probe.bind(address);
        } catch (IOException e) {
            throw cannotListen(settings, e);
        }
    }

    private static ConfigException cannotListen(ServerSettings settings, Throwable cause) {
        return new ConfigException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                + bindFailure(cause) + "; choose another with --host/" + ServerSettings.HOST_VARIABLE + " or --port/"
                + ServerSettings.PORT_VARIABLE);
    }

    private static String bindFailure(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
            return "no such host";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + app.port() + "/";
    }

    public void stop() {
        // running analyses end at their next checkpoint, so their request threads do not hold up Jetty's stop
        analyses.stopAll();
        // first end the open event streams: their request threads wait for them, and Jetty's stop for those threads
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("Closing {}: {}", c.getClass().getSimpleName(), e.getMessage());
            }
        }
        app.stop();
    }
}
