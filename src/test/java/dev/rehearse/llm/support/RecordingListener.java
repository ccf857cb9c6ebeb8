package dev.rehearse.llm.support;

import dev.rehearse.llm.call.StreamListener;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.testing.Patience;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Records what a stream delivered, and how many final calls it made. */
public final class RecordingListener<T> implements StreamListener<T> {

    public final List<String> tokens = new CopyOnWriteArrayList<>();
    public final AtomicReference<LlmReply<T>> reply = new AtomicReference<>();
    public final AtomicReference<LlmFailure> failure = new AtomicReference<>();
    public final AtomicInteger finals = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);
    private final CountDownLatch firstToken = new CountDownLatch(1);

    @Override
    public void onToken(String text) {
        tokens.add(text);
        firstToken.countDown();
    }

    @Override
    public void onComplete(LlmReply<T> r) {
        reply.set(r);
        finals.incrementAndGet();
        done.countDown();
    }

    @Override
    public void onError(LlmFailure f) {
        failure.set(f);
        finals.incrementAndGet();
        done.countDown();
    }

    public RecordingListener<T> await() {
        try {
            if (!done.await(Patience.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the stream did not end within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return this;
    }

    public boolean awaitFirstToken(long millis) throws InterruptedException {
        return firstToken.await(Patience.of(java.time.Duration.ofMillis(millis)).toMillis(), TimeUnit.MILLISECONDS);
    }

    public String text() {
        return String.join("", tokens);
    }
}
