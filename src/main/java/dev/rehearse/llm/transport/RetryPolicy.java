package dev.rehearse.llm.transport;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try an upstream call again. One policy for plain and streaming calls: LangChain4j's
 * non-streaming OpenAI model retries twice by default and its streaming one never does, so both
 * are built with no retries of their own and this policy decides.
 *
 * @param maxRetries       extra attempts after the first ({@code REHEARSE_LLM_RETRIES})
 * @param firstBackoff     wait before the first retry when the server names none; doubles each time
 * @param maxBackoff       the longest wait we choose ourselves
 * @param longestRetryAfter the longest wait a server may ask for; beyond it we stop and say "rate limited"
 *                         rather than leave the user staring at a spinner
 */
public record RetryPolicy(int maxRetries, Duration firstBackoff, Duration maxBackoff, Duration longestRetryAfter) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
    }

    public static RetryPolicy of(int maxRetries) {
        return new RetryPolicy(maxRetries, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(20));
    }

    /**
     * The longest a call can take under this policy when each exchange is bounded by {@code perExchange}:
     * every attempt used, each after the longest wait the policy accepts.
     */
    public Duration longestCall(Duration perExchange) {
        Duration longestWait = maxBackoff.compareTo(longestRetryAfter) > 0 ? maxBackoff : longestRetryAfter;
        return perExchange.multipliedBy(maxRetries + 1L).plus(longestWait.multipliedBy(maxRetries));
    }

    /** Rate limits, server errors and Anthropic's "overloaded" pass; other answers will not change on retry. */
    public static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504 || status == 529;
    }

    /**
     * The wait before retry number {@code retriesSoFar + 1}, or empty when the call should fail now.
     *
     * @param retriesSoFar how many retries have already been made (0 after the first attempt)
     */
    public Optional<Duration> delayBeforeRetry(int retriesSoFar, int status, Optional<Duration> retryAfter) {
        if (retriesSoFar >= maxRetries || !retryable(status)) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(longestRetryAfter) > 0 ? Optional.empty() : retryAfter;
        }
        long millis = firstBackoff.toMillis() << Math.min(retriesSoFar, 20);
        return Optional.of(Duration.ofMillis(Math.min(millis, maxBackoff.toMillis())));
    }
}
