package dev.rehearse.llm.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One user request's hold on its upstream calls: the right to stop them, and word of how a stream
 * ended. LangChain4j gives no handle on a streaming call until its first token arrives, and some of
 * its providers say nothing when a stream simply stops; so the scope is bound to the calling thread
 * while the model is invoked, and {@link UpstreamHttpClient} picks it up there. It registers how to
 * abort the exchange (cancel the pending send, close the response stream, drop a scheduled retry)
 * and runs the end hook set for it once the stream is over.
 */
public final class CallScope {

    private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();
    /** Used when nothing is bound: never cancelled. */
    private static final CallScope DETACHED = new CallScope();

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Runnable> nextStreamEnd = new AtomicReference<>();
    private final List<Runnable> hooks = new ArrayList<>();

    /** The scope bound to this thread, or a scope that is never cancelled. */
    public static CallScope current() {
        CallScope scope = CURRENT.get();
        return scope == null ? DETACHED : scope;
    }

    /** Runs {@code work} with this scope bound to the current thread. */
    public <T> T call(Supplier<T> work) {
        CallScope previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Cancels once: every registered hook runs, and hooks registered later run at once. */
    public void cancel() {
        if (this == DETACHED || !cancelled.compareAndSet(false, true)) {
            return;
        }
        List<Runnable> toRun;
        synchronized (hooks) {
            toRun = List.copyOf(hooks);
            hooks.clear();
        }
        toRun.forEach(CallScope::runQuietly);
    }

    /** Registers what to do on cancel; the returned handle unregisters it when the exchange is over. */
    public Registration onCancel(Runnable hook) {
        if (this == DETACHED) {
            return () -> { };
        }
        synchronized (hooks) {
            if (!cancelled.get()) {
                hooks.add(hook);
                return () -> {
                    synchronized (hooks) {
                        hooks.remove(hook);
                    }
                };
            }
        }
        runQuietly(hook);
        return () -> { };
    }

    /**
     * Sets what to run when the next streamed request started in this scope has ended without an
     * error: the caller checks there whether the provider ever completed the answer.
     */
    public void onNextStreamEnd(Runnable hook) {
        nextStreamEnd.set(hook);
    }

    /** Claims the end hook for a streamed request being started now; a no-op hook when none was set. */
    Runnable takeStreamEnd() {
        Runnable hook = this == DETACHED ? null : nextStreamEnd.getAndSet(null);
        return hook == null ? () -> { } : hook;
    }

    private static void runQuietly(Runnable hook) {
        try {
            hook.run();
        } catch (RuntimeException ignored) {
            // aborting is best effort: a failing hook must not stop the others
        }
    }

    /** Undoes one {@link #onCancel} registration. */
    @FunctionalInterface
    public interface Registration {
        void remove();
    }
}
