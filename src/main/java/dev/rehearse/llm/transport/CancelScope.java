package dev.rehearse.llm.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One user request's right to stop its upstream calls. LangChain4j gives no handle on a streaming
 * call until its first token arrives, so the scope is bound to the calling thread while the model is
 * invoked; {@link UpstreamHttpClient} picks it up there and registers how to abort the exchange
 * (cancel the pending send, close the response stream, drop a scheduled retry).
 */
public final class CancelScope {

    private static final ThreadLocal<CancelScope> CURRENT = new ThreadLocal<>();
    /** Used when nothing is bound: never cancelled. */
    private static final CancelScope DETACHED = new CancelScope();

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> hooks = new ArrayList<>();

    /** The scope bound to this thread, or a scope that is never cancelled. */
    public static CancelScope current() {
        CancelScope scope = CURRENT.get();
        return scope == null ? DETACHED : scope;
    }

    /** Runs {@code work} with this scope bound to the current thread. */
    public <T> T call(Supplier<T> work) {
        CancelScope previous = CURRENT.get();
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
        toRun.forEach(CancelScope::runQuietly);
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
