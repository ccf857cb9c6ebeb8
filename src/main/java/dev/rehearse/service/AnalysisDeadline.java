package dev.rehearse.service;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.text.AnalysisCancelledException;
import dev.rehearse.text.Cancellation;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The time one request's analysis may take ({@code REHEARSE_ANALYSIS_TIMEOUT}, seconds), and the analyses running
 * now, so that a server stopping can end them all. A critique takes well under a second on a quiet machine, but the
 * first one after a start loads the coach's rules, which took over a minute under a load average of 30; the default
 * leaves room for that and still frees a request thread from an input that would otherwise hold it for minutes. The model's own call is bounded apart by {@code REHEARSE_LLM_TIMEOUT}.
 */
public final class AnalysisDeadline {

    public static final String TIMEOUT = "REHEARSE_ANALYSIS_TIMEOUT";
    static final int DEFAULT_SECONDS = 60;

    private final Duration budget;
    private final Set<Cancellation> running = ConcurrentHashMap.newKeySet();
    private final Map<Cancellation.Reason, AtomicLong> stopped = new EnumMap<>(Cancellation.Reason.class);

    public AnalysisDeadline(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("an analysis needs some time, got " + budget);
        }
        this.budget = budget;
        for (Cancellation.Reason r : Cancellation.Reason.values()) {
            stopped.put(r, new AtomicLong());
        }
    }

    /** The default budget. */
    public static AnalysisDeadline standard() {
        return new AnalysisDeadline(Duration.ofSeconds(DEFAULT_SECONDS));
    }

    /** Reads {@value #TIMEOUT}; a bad value is a {@link ConfigException} naming it. */
    public static AnalysisDeadline from(Env env) {
        int seconds = env.getInt(TIMEOUT, DEFAULT_SECONDS);
        if (seconds < 1 || seconds > 3600) {
            throw new ConfigException(TIMEOUT + " must be between 1 and 3600 seconds, got " + seconds);
        }
        return new AnalysisDeadline(Duration.ofSeconds(seconds));
    }

    /** A new signal whose deadline starts now: create it as the request arrives, so the caller can cancel it. */
    public Cancellation start() {
        return Cancellation.withDeadline(budget);
    }

    /**
     * Runs {@code work} under {@code signal}: it throws {@link AnalysisCancelledException} at its first checkpoint
     * once the deadline has passed or the signal was cancelled.
     */
    public <T> T run(Cancellation signal, Supplier<T> work) {
        running.add(signal);
        try {
            return signal.call(work);
        } catch (AnalysisCancelledException e) {
            stopped.get(e.reason()).incrementAndGet();
            throw e;
        } catch (RuntimeException e) {
            AnalysisCancelledException stop = stoppedByInterrupt(signal, e);
            if (stop == null) {
                throw e;
            }
            stopped.get(stop.reason()).incrementAndGet();
            throw stop;
        } finally {
            running.remove(signal);
        }
    }

    /**
     * The stop that {@code failure} really is, or null. A server stopping cancels its analyses and then its HTTP
     * server interrupts the request threads still running; a library waiting inside the analysis (the embedding
     * model's worker pool) reports the interrupt as its own failure, a {@code RuntimeException} wrapping an
     * {@link InterruptedException}. Once the signal has been cancelled, that failure is the stop asked for, to be
     * answered and counted as one, not logged as an unexpected error with its stack trace.
     */
    private static AnalysisCancelledException stoppedByInterrupt(Cancellation signal, RuntimeException failure) {
        Cancellation.Reason why = signal.reason();
        if (why == null || why == Cancellation.Reason.DEADLINE) {
            // nobody interrupts for a deadline: a failure then is the work's own, and must surface as it is
            return null;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException) {
                return new AnalysisCancelledException(why, signal.budget());
            }
        }
        return null;
    }

    /** Stops every analysis running now at its next checkpoint. */
    public void stopAll() {
        running.forEach(c -> c.cancel(Cancellation.Reason.SHUTDOWN));
    }

    /** Analyses running now. */
    public int running() {
        return running.size();
    }

    /** How many analyses were stopped for {@code reason} since start: what a departed client saved the server. */
    public long stopped(Cancellation.Reason reason) {
        return stopped.get(reason).get();
    }

    public Duration budget() {
        return budget;
    }
}
