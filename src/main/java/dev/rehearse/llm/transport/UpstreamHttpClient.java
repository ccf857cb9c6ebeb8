package dev.rehearse.llm.transport;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * LangChain4j's HTTP client interface over the JDK client, adding what the stock client lacks: retries
 * that honour {@code Retry-After} (its exceptions drop the headers), a timeout on a stream that stalls
 * after its headers, and cancellation from the {@link CallScope} of the user request, which closes
 * the upstream connection whether or not a token has arrived yet.
 */
final class UpstreamHttpClient implements HttpClient {

    /** Error bodies are shown in notes only in part; no need to hold a huge one. */
    private static final int MAX_ERROR_BODY = 16 * 1024;

    private final UpstreamTransport transport;

    UpstreamHttpClient(UpstreamTransport transport) {
        this.transport = transport;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        CallScope scope = CallScope.current();
        java.net.http.HttpRequest jdkRequest = toJdk(request);
        RetryPolicy policy = transport.retryPolicy();
        for (int retries = 0; ; retries++) {
            if (scope.isCancelled()) {
                throw new CancellationException("cancelled by the client");
            }
            HttpResponse<byte[]> response = sendAndWait(jdkRequest, scope);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return SuccessfulHttpResponse.builder()
                        .statusCode(status)
                        .headers(response.headers().map())
                        .body(new String(response.body(), StandardCharsets.UTF_8))
                        .build();
            }
            Optional<Duration> retryAfter = RetryAfter.from(response.headers().map(), Instant.now());
            Optional<Duration> delay = policy.delayBeforeRetry(retries, status, retryAfter);
            if (delay.isEmpty()) {
                throw new UpstreamHttpException(status, errorBody(response.body()), retryAfter, retries + 1);
            }
            pause(delay.get(), scope);
        }
    }

    private HttpResponse<byte[]> sendAndWait(java.net.http.HttpRequest jdkRequest, CallScope scope) {
        CompletableFuture<HttpResponse<byte[]>> pending =
                transport.http().sendAsync(jdkRequest, HttpResponse.BodyHandlers.ofByteArray());
        CallScope.Registration registration = scope.onCancel(() -> pending.cancel(true));
        try {
            // the JDK's request timeout covers only the headers; a plain answer must arrive whole within
            // REHEARSE_LLM_TIMEOUT, as the setting and the timeout note say, so the whole exchange gets that long
            return pending.get(transport.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timeout(jdkRequest.uri());
        } catch (CancellationException e) {
            throw new CancellationException("cancelled by the client");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw translate(e.getCause(), jdkRequest.uri());
        } finally {
            registration.remove();
        }
    }

    private static void pause(Duration delay, CallScope scope) {
        CountDownLatch woken = new CountDownLatch(1);
        CallScope.Registration registration = scope.onCancel(woken::countDown);
        try {
            woken.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            registration.remove();
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        new StreamingCall(toJdk(request), parser, listener, CallScope.current()).attempt(0);
    }

    /** One streamed request: its attempts, then the reading of the stream; exactly one terminal callback. */
    private final class StreamingCall {
        private final java.net.http.HttpRequest request;
        private final ServerSentEventParser parser;
        private final ServerSentEventListener listener;
        private final CallScope scope;
        private final Runnable endHook;
        private final AtomicBoolean finished = new AtomicBoolean();

        StreamingCall(java.net.http.HttpRequest request, ServerSentEventParser parser,
                      ServerSentEventListener listener, CallScope scope) {
            this.request = request;
            this.parser = parser;
            this.listener = listener;
            this.scope = scope;
            this.endHook = scope.takeStreamEnd();
        }

        void attempt(int retries) {
            if (scope.isCancelled()) {
                finished.set(true);
                return;
            }
            Instant sent = Instant.now();
            CompletableFuture<HttpResponse<InputStream>> pending =
                    transport.http().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
            CallScope.Registration registration = scope.onCancel(() -> pending.cancel(true));
            pending.whenComplete((response, error) -> {
                registration.remove();
                if (error != null) {
                    fail(translate(unwrap(error), request.uri()));
                } else {
                    onResponse(response, retries, sent);
                }
            });
        }

        private void onResponse(HttpResponse<InputStream> response, int retries, Instant sent) {
            int status = response.statusCode();
            if (scope.isCancelled()) {
                closeQuietly(response.body());
                finished.set(true);
                return;
            }
            if (status < 200 || status >= 300) {
                byte[] body = readErrorBody(response.body());
                Optional<Duration> retryAfter = RetryAfter.from(response.headers().map(), Instant.now());
                Optional<Duration> delay = transport.retryPolicy().delayBeforeRetry(retries, status, retryAfter);
                if (delay.isEmpty()) {
                    fail(new UpstreamHttpException(status, errorBody(body), retryAfter, retries + 1));
                    return;
                }
                ScheduledFuture<?> next;
                try {
                    next = transport.timer().schedule(
                            () -> attempt(retries + 1), delay.get().toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    fail(closed());
                    return;
                }
                scope.onCancel(() -> {
                    next.cancel(false);
                    finished.set(true);
                });
                return;
            }
            try {
                transport.readers().execute(() -> read(response, sent));
            } catch (RejectedExecutionException e) {
                // thrown here it would vanish inside the future's callback and the caller would wait forever
                closeQuietly(response.body());
                fail(closed());
            }
        }

        private UpstreamTimeoutException timedOut(IdleTimeoutInputStream body) {
            return body.overdue() ? overdue(request.uri()) : idle(request.uri());
        }

        /** The transport was closed (the app shutting down) while this call was under way. */
        private static CancellationException closed() {
            return new CancellationException("the model connection was closed while Rehearse shut down");
        }

        private void read(HttpResponse<InputStream> response, Instant sent) {
            // the whole exchange, not only each wait, gets the timeout: a server that trickles a comment
            // now and then would otherwise hold the call open for ever
            Duration left = transport.timeout().minus(Duration.between(sent, Instant.now()));
            IdleTimeoutInputStream body;
            try {
                body = new IdleTimeoutInputStream(response.body(), transport.timeout(),
                        left.isNegative() ? Duration.ZERO : left, transport.timer());
            } catch (RejectedExecutionException e) {
                closeQuietly(response.body());
                fail(closed());
                return;
            }
            CallScope.Registration registration = scope.onCancel(body::closeQuietly);
            try {
                SuccessfulHttpResponse opened = SuccessfulHttpResponse.builder()
                        .statusCode(response.statusCode())
                        .headers(response.headers().map())
                        .build();
                quietly(() -> listener.onOpen(opened));
                parser.parse(new CappedEventStream(body), new Guarded(body));
                if (body.timedOut()) {
                    fail(timedOut(body));
                } else if (!scope.isCancelled() && finished.compareAndSet(false, true)) {
                    quietly(listener::onClose);
                    // LangChain4j has now either completed the answer or not; the caller checks which
                    quietly(endHook);
                }
            } catch (RuntimeException e) {
                fail(body.timedOut() ? timedOut(body) : e);
            } finally {
                registration.remove();
                body.closeQuietly();
            }
        }

        private void fail(Throwable error) {
            if (scope.isCancelled()) {
                finished.set(true);
                return;
            }
            if (finished.compareAndSet(false, true)) {
                quietly(() -> listener.onError(error));
            }
        }

        /**
         * Stands between the parser and LangChain4j's listener: after a cancel nothing more is
         * delivered, and a read that failed because the idle timer closed the stream is reported as
         * the timeout it is rather than as "stream closed".
         */
        private final class Guarded implements ServerSentEventListener {
            private final IdleTimeoutInputStream body;

            Guarded(IdleTimeoutInputStream body) {
                this.body = body;
            }

            @Override
            public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
                if (!scope.isCancelled() && !finished.get()) {
                    listener.onEvent(event, context);
                }
            }

            @Override
            public void onEvent(ServerSentEvent event) {
                if (!scope.isCancelled() && !finished.get()) {
                    listener.onEvent(event);
                }
            }

            @Override
            public void onError(Throwable error) {
                if (error instanceof CappedEventStream.TooLarge tooLarge) {
                    body.closeQuietly();
                    fail(new UpstreamOversizeException(target(request.uri()), tooLarge.getMessage(), tooLarge));
                } else {
                    fail(body.timedOut() ? timedOut(body) : error);
                }
            }

            @Override
            public void onClose() {
                // the outer call decides when the stream is over
            }
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            throw new IllegalArgumentException("multipart requests are not used by Rehearse");
        }
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(transport.timeout());
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        java.net.http.HttpRequest.BodyPublisher body = request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
        return builder.method(request.method().name(), body).build();
    }

    private RuntimeException translate(Throwable error, URI uri) {
        if (error instanceof HttpConnectTimeoutException || error instanceof ConnectException
                || error instanceof UnknownHostException || error.getCause() instanceof ConnectException) {
            return new UpstreamUnreachableException(target(uri), error);
        }
        if (error instanceof HttpTimeoutException) {
            return timeout(uri);
        }
        if (error instanceof CancellationException c) {
            return c;
        }
        if (error instanceof RuntimeException r) {
            return r;
        }
        return new UpstreamIoException("talking to " + target(uri) + " failed: " + error.getMessage(), error);
    }

    private UpstreamTimeoutException timeout(URI uri) {
        long s = transport.timeout().toSeconds();
        return new UpstreamTimeoutException(target(uri) + " did not answer within " + s + " s", transport.timeout());
    }

    private UpstreamTimeoutException overdue(URI uri) {
        long s = transport.timeout().toSeconds();
        return new UpstreamTimeoutException(target(uri) + " did not finish its answer within " + s + " s", transport.timeout());
    }

    private UpstreamTimeoutException idle(URI uri) {
        long s = transport.timeout().toSeconds();
        return new UpstreamTimeoutException(target(uri) + " stopped sending for " + s + " s", transport.timeout());
    }

    private static String target(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static byte[] readErrorBody(InputStream in) {
        try (in) {
            return in.readNBytes(MAX_ERROR_BODY);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String errorBody(byte[] body) {
        int n = Math.min(body.length, MAX_ERROR_BODY);
        return new String(body, 0, n, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static void quietly(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException ignored) {
            // a failing callback must not kill the reader thread; LangChain4j reports its own errors
        }
    }
}
