package dev.rehearse.llm.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.service.output.OutputParsingException;
import dev.rehearse.llm.reply.FailureKind;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.settings.LlmProvider;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.llm.transport.UpstreamHttpException;
import dev.rehearse.llm.transport.UpstreamIoException;
import dev.rehearse.llm.transport.UpstreamOversizeException;
import dev.rehearse.llm.transport.UpstreamTimeoutException;
import dev.rehearse.llm.transport.UpstreamUnreachableException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever a model call threw into a note a candidate can act on. The note says what failed and
 * what to check (naming the setting), never carries a stack trace, and never the key.
 */
public final class FailureClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(FailureClassifier.class);

    private final LlmSettings settings;

    public FailureClassifier(LlmSettings settings) {
        this.settings = settings;
    }

    public LlmFailure classify(Throwable error, String fallback) {
        LlmFailure failure = describe(error, fallback);
        if (failure.kind() != FailureKind.CANCELLED) {
            log.warn("Model call failed ({}): {}", failure.kind().wireName(), failure.note());
            log.debug("Cause of the failed model call", error);
        }
        return failure;
    }

    private LlmFailure describe(Throwable error, String fallback) {
        LlmProvider p = settings.provider();
        String who = p.displayName() + " (" + settings.displayUrl() + ")";
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the transport's pools (cached and scheduled, unbounded) reject work only once the coach is closed
            if (t instanceof CancellationException || t instanceof RejectedExecutionException) {
                return failure(FailureKind.CANCELLED, "Cancelled.", "");
            }
            if (t instanceof HttpException http) {
                return fromStatus(http, who, fallback);
            }
            if (t instanceof UpstreamTimeoutException timeout) {
                return failure(FailureKind.TIMEOUT, who + " did not answer within " + timeout.timeout().toSeconds()
                        + " s (" + LlmSettings.TIMEOUT + ").", fallback);
            }
            if (t instanceof UpstreamUnreachableException || t instanceof ConnectException) {
                return failure(FailureKind.UNREACHABLE, "Could not connect to " + settings.displayUrl()
                        + ". Is the model server running, and is " + p.baseUrlVariable() + " right?", fallback);
            }
            if (t instanceof OutputParsingException || t.getClass().getName().startsWith("com.fasterxml.jackson")) {
                return failure(FailureKind.MALFORMED, "The model's answer was not the JSON asked for, twice.", fallback);
            }
            if (t instanceof UpstreamOversizeException oversize) {
                return failure(FailureKind.MALFORMED, who + " sent a stream Rehearse will not read ("
                        + oversize.reason() + "); the answer was stopped.", fallback);
            }
            if (t instanceof UpstreamIoException || t instanceof IOException) {
                return failure(FailureKind.TRUNCATED, "The connection to " + who + " broke before the answer was complete.", fallback);
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException) {
                return failure(FailureKind.TIMEOUT, who + " did not answer in time (" + LlmSettings.TIMEOUT + ").", fallback);
            }
        }
        // the page shows the note: no class name there; the log line of classify() has it
        log.warn("Unrecognised failure of a model call: {}", error.toString());
        return failure(FailureKind.UNKNOWN, "The model call failed for a reason Rehearse does not recognise; the log has the details.",
                fallback);
    }

    /**
     * As {@link #classify}, for an error raised while reading a stream: a JSON error there means a
     * chunk of the stream itself could not be read, not that the answer was bad JSON.
     */
    public LlmFailure classifyStream(Throwable error, String fallback) {
        LlmFailure failure = classify(error, fallback);
        if (failure.kind() == FailureKind.MALFORMED && !(error instanceof UpstreamOversizeException)) {
            String who = settings.provider().displayName() + " (" + settings.displayUrl() + ")";
            return failure(FailureKind.MALFORMED, who + " sent a stream Rehearse could not read.", fallback);
        }
        return failure;
    }

    public LlmFailure truncated(String why, String fallback) {
        log.warn("Model answer incomplete: {}", why);
        return failure(FailureKind.TRUNCATED, why, fallback);
    }

    public LlmFailure malformed(String fallback) {
        log.warn("Model answer was not valid JSON, twice");
        return failure(FailureKind.MALFORMED, "The model's answer was not the JSON asked for, twice.", fallback);
    }

    private LlmFailure fromStatus(HttpException http, String who, String fallback) {
        int status = http.statusCode();
        LlmProvider p = settings.provider();
        int attempts = http instanceof UpstreamHttpException u ? u.attempts() : 1;
        String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
        if (status == 401 || status == 403) {
            String what = settings.keySet() ? "rejected the API key" : "asks for an API key";
            return failure(FailureKind.AUTH, who + " " + what + " (HTTP " + status + "). Check " + p.keyVariable() + ".", fallback);
        }
        if (status == 429) {
            String wait = http instanceof UpstreamHttpException u && u.retryAfter().isPresent()
                    ? " It asked to wait " + seconds(u.retryAfter().get()) + "." : "";
            return failure(FailureKind.RATE_LIMITED, "Rate limited by " + who + tries + "." + wait + " Try again shortly.", fallback);
        }
        if (status == 404) {
            return failure(FailureKind.MODEL_NOT_FOUND, who + " does not know the model \"" + settings.model()
                    + "\" (HTTP 404): " + serverMessage(http) + " Check " + p.modelVariable() + ".", fallback);
        }
        if (status == 400 || status == 422) {
            return failure(FailureKind.BAD_REQUEST, who + " refused the request (HTTP " + status + "): " + serverMessage(http), fallback);
        }
        if (status >= 500) {
            return failure(FailureKind.SERVER_ERROR, who + " had a server error (HTTP " + status + ")" + tries + ".", fallback);
        }
        return failure(FailureKind.HTTP_ERROR, who + " answered HTTP " + status + ": " + serverMessage(http), fallback);
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s + " s";
    }

    /**
     * The server's own words, without the key: a proxy that echoes the request's Authorization header back in its
     * error would otherwise put the key in the note the page shows and the log keeps.
     */
    private String serverMessage(HttpException http) {
        return serverMessage(http, settings);
    }

    /** The human part of a provider's error body, short: OpenAI, Anthropic and Ollama all say "message". */
    static String serverMessage(HttpException http, LlmSettings settings) {
        String body = http.getMessage() == null ? "" : http.getMessage();
        String message = body;
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode error = node.path("error");
            if (error.isTextual()) {
                message = error.asText();
            } else if (error.path("message").isTextual()) {
                message = error.path("message").asText();
            } else if (node.path("message").isTextual()) {
                message = node.path("message").asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // an HTML error page or plain text: use it as it is, shortened
        }
        // before it is shortened, so no part of the key is left at the cut
        message = settings.redact(message).replaceAll("\\s+", " ").strip();
        if (message.length() > 200) {
            message = message.substring(0, 197) + "...";
        }
        return message.isEmpty() ? "(no message)" : message.endsWith(".") ? message : message + ".";
    }

    private static LlmFailure failure(FailureKind kind, String what, String fallback) {
        String note = fallback.isEmpty() ? what : what + " " + fallback;
        return new LlmFailure(kind, note, List.of());
    }
}
