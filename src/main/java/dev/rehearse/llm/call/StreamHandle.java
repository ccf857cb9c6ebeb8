package dev.rehearse.llm.call;

import dev.rehearse.llm.transport.CallScope;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Control over a streamed call: cancel it (closing the upstream connection), or wait for its end. */
public final class StreamHandle {

    private final CallScope scope;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);

    StreamHandle(CallScope scope) {
        this.scope = scope;
    }

    /** Stops the call: the upstream request is aborted and the listener hears nothing more. */
    public void cancel() {
        scope.cancel();
        ended.countDown();
    }

    public boolean isCancelled() {
        return scope.isCancelled();
    }

    /** Whether the listener has had its final call, or the call was cancelled. */
    public boolean isDone() {
        return ended.getCount() == 0;
    }

    /** Waits for the end of the call; false if it did not end within the time. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    CallScope scope() {
        return scope;
    }

    /** Claims the one final callback; false when it was already given or the call was cancelled. */
    boolean finish() {
        if (scope.isCancelled() || !finished.compareAndSet(false, true)) {
            return false;
        }
        return true;
    }

    void ended() {
        ended.countDown();
    }
}
