package dev.rehearse.llm.transport;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/** A non-2xx answer from the model server, after any retries, with what it said about waiting. */
public class UpstreamHttpException extends HttpException {

    private final transient Optional<Duration> retryAfter;
    private final int attempts;

    public UpstreamHttpException(int statusCode, String body, Optional<Duration> retryAfter, int attempts) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
        this.attempts = attempts;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** How many requests were sent, retries included. */
    public int attempts() {
        return attempts;
    }
}
