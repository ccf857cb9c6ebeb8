package dev.rehearse.voice;

import dev.rehearse.llm.transport.RetryAfter;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The JDK client under LangChain4j's, adding the two things a transcription needs and LangChain4j's client lacks:
 * a deadline on the whole exchange (the JDK's request timeout ends at the response headers, so a server that
 * stalls while sending the text would hold the request forever), and the {@code Retry-After} of a refused answer,
 * which LangChain4j's {@code HttpException} drops. The latter is kept per thread, since LangChain4j sends
 * synchronously on the caller's thread.
 */
final class TranscriptionHttpClient extends HttpClient {

    private static final ThreadLocal<Duration> RETRY_AFTER = new ThreadLocal<>();

    private final HttpClient delegate;
    private final Duration deadline;

    TranscriptionHttpClient(HttpClient delegate, Duration deadline) {
        this.delegate = delegate;
        this.deadline = deadline;
    }

    /** How long the server asked to wait in the last refused answer on this thread; cleared as it is read. */
    static Optional<Duration> takeRetryAfter() {
        Duration d = RETRY_AFTER.get();
        RETRY_AFTER.remove();
        return Optional.ofNullable(d);
    }

    static void forgetRetryAfter() {
        RETRY_AFTER.remove();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<T>> pending = delegate.sendAsync(request, handler);
        HttpResponse<T> response;
        try {
            response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + deadline.toSeconds() + " s");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
        if (response.statusCode() >= 400) {
            RetryAfter.from(response.headers().map(), Instant.now()).ifPresentOrElse(RETRY_AFTER::set, RETRY_AFTER::remove);
        }
        return response;
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(request, handler, pushPromiseHandler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** What LangChain4j's JDK client builder is given: it sets the connect timeout, then builds this client. */
    static final class Builder implements HttpClient.Builder {
        private final HttpClient.Builder delegate;
        private final Duration deadline;

        Builder(HttpClient.Builder delegate, Duration deadline) {
            this.delegate = delegate;
            this.deadline = deadline;
        }

        @Override
        public Builder cookieHandler(CookieHandler cookieHandler) {
            delegate.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public Builder connectTimeout(Duration duration) {
            delegate.connectTimeout(duration);
            return this;
        }

        @Override
        public Builder sslContext(SSLContext sslContext) {
            delegate.sslContext(sslContext);
            return this;
        }

        @Override
        public Builder sslParameters(SSLParameters sslParameters) {
            delegate.sslParameters(sslParameters);
            return this;
        }

        @Override
        public Builder executor(Executor executor) {
            delegate.executor(executor);
            return this;
        }

        @Override
        public Builder followRedirects(Redirect policy) {
            delegate.followRedirects(policy);
            return this;
        }

        @Override
        public Builder version(Version version) {
            delegate.version(version);
            return this;
        }

        @Override
        public Builder priority(int priority) {
            delegate.priority(priority);
            return this;
        }

        @Override
        public Builder proxy(ProxySelector proxySelector) {
            delegate.proxy(proxySelector);
            return this;
        }

        @Override
        public Builder authenticator(Authenticator authenticator) {
            delegate.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new TranscriptionHttpClient(delegate.build(), deadline);
        }
    }
}
