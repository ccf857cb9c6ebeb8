package dev.rehearse.llm.transport;

import dev.langchain4j.exception.TimeoutException;
import java.time.Duration;

/** The model server sent nothing for the configured timeout. */
public class UpstreamTimeoutException extends TimeoutException {

    private final transient Duration timeout;

    public UpstreamTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
