package dev.rehearse.text;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A stop signal for one piece of analysis, bound to the thread that runs it. Analysis is plain CPU work that an
 * interrupt does not reach, so its loops ask {@link #checkpoint()} between steps; the work ends at the first
 * checkpoint after the deadline has passed or {@link #cancel} was called (the client left, the server is
 * stopping). Code that runs outside {@link #call} never stops: the CLI and the tests call the coach directly.
 */
public final class Cancellation {

    /** Why the work was stopped. */
    public enum Reason {
        /** The analysis ran past its time. */
        DEADLINE,
        /** The client closed the connection; nobody is waiting for the answer. */
        CLIENT_LEFT,
        /** The server is stopping. */
        SHUTDOWN
    }

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    private final Duration budget;
    private final long deadlineNanos;
    private volatile Reason reason;

    private Cancellation(Duration budget) {
        this.budget = budget;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** A signal that fires by itself once {@code budget} has passed from now. */
    public static Cancellation withDeadline(Duration budget) {
        return new Cancellation(budget);
    }

    /** Stops the work at its next checkpoint; the first reason given is the one reported. */
    public void cancel(Reason why) {
        if (reason == null) {
            reason = why;
        }
    }

    /** The reason the work was or will be stopped, or null while it may go on. */
    public Reason reason() {
        if (reason == null && System.nanoTime() - deadlineNanos >= 0) {
            cancel(Reason.DEADLINE);
        }
        return reason;
    }

    /** The time the work was given. */
    public Duration budget() {
        return budget;
    }

    /** Runs {@code work} on this thread with this signal as the one its checkpoints ask. */
    public <T> T call(Supplier<T> work) {
        Cancellation outer = CURRENT.get();
        CURRENT.set(this);
        try {
            check();
            // a result finished just past the deadline is still given: the time is spent already
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Throws {@link AnalysisCancelledException} when the work running on this thread was stopped. */
    public static void checkpoint() {
        Cancellation current = CURRENT.get();
        if (current != null) {
            current.check();
        }
    }

    private void check() {
        Reason why = reason();
        if (why != null) {
            throw new AnalysisCancelledException(why, budget);
        }
    }
}
