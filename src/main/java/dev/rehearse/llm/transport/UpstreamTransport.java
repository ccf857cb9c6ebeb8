package dev.rehearse.llm.transport;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every model of one coach shares for talking to the model server: one JDK HTTP client pinned to
 * HTTP/1.1 (local servers and test doubles handle HTTP/2 upgrades badly, and all our traffic is one
 * request per connection anyway), a timer for idle timeouts and retries, and the threads that read
 * streamed answers.
 */
public final class UpstreamTransport implements AutoCloseable {

    private final java.net.http.HttpClient http;
    private final ScheduledThreadPoolExecutor timer;
    private final ExecutorService readers;
    private final RetryPolicy retryPolicy;
    private final Duration timeout;

    public UpstreamTransport(Duration timeout, RetryPolicy retryPolicy) {
        this.timeout = timeout;
        this.retryPolicy = retryPolicy;
        this.timer = new ScheduledThreadPoolExecutor(1, daemon("rehearse-llm-timer"));
        // idle-timeout alarms are armed and cancelled on every read: drop cancelled ones at once
        this.timer.setRemoveOnCancelPolicy(true);
        this.readers = Executors.newCachedThreadPool(daemon("rehearse-llm-stream"));
        this.http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                .executor(Executors.newCachedThreadPool(daemon("rehearse-llm-http")))
                .build();
    }

    /** The builder LangChain4j models take; every client it builds shares this transport. */
    public HttpClientBuilder httpClientBuilder() {
        return new Builder();
    }

    /** Runs {@code task} once after {@code delay} on the transport's timer (a deadline for a whole call). */
    public ScheduledFuture<?> after(Duration delay, Runnable task) {
        return timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    java.net.http.HttpClient http() {
        return http;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    ExecutorService readers() {
        return readers;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    Duration timeout() {
        return timeout;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        readers.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * LangChain4j passes the model's own timeouts in; ours come from the settings, so the model's are
     * accepted and ignored rather than letting two sources disagree.
     */
    private final class Builder implements HttpClientBuilder {
        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration d) {
            this.readTimeout = d;
            return this;
        }

        @Override
        public HttpClient build() {
            return new UpstreamHttpClient(UpstreamTransport.this);
        }
    }
}
