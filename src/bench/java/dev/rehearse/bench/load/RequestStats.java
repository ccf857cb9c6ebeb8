package dev.rehearse.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request type's figures during a run, filled by many client threads at once: the latency of every
 * request that succeeded, the time to the first streamed token where there is one, and what went wrong
 * with every request that did not. Each problem is counted under a short description of its kind.
 */
public final class RequestStats {

    private final String name;
    private long[] latencies = new long[1024];
    private int ok;
    private long[] firstTokens = new long[1024];
    private int tokens;
    private final Map<String, Integer> errors = new TreeMap<>();
    private final Map<String, Integer> notes = new TreeMap<>();

    public RequestStats(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** A request that succeeded, {@code nanos} after it was sent. */
    public synchronized void success(long nanos) {
        if (ok == latencies.length) {
            latencies = Arrays.copyOf(latencies, ok * 2);
        }
        latencies[ok++] = nanos;
    }

    /** The first token of a streamed answer arrived {@code nanos} after the request was sent. */
    public synchronized void firstToken(long nanos) {
        if (tokens == firstTokens.length) {
            firstTokens = Arrays.copyOf(firstTokens, tokens * 2);
        }
        firstTokens[tokens++] = nanos;
    }

    /** A request that failed: a status other than 2xx, a broken stream, an exception, a wrong body. */
    public synchronized void error(String problem) {
        errors.merge(problem, 1, Integer::sum);
    }

    /** Something worth reporting about a request that still counts as a success (a degraded answer). */
    public synchronized void note(String what) {
        notes.merge(what, 1, Integer::sum);
    }

    public synchronized int successes() {
        return ok;
    }

    public synchronized int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized int requests() {
        return ok + errorCount();
    }

    public synchronized Map<String, Integer> errors() {
        return Map.copyOf(errors);
    }

    public synchronized Map<String, Integer> notes() {
        return Map.copyOf(notes);
    }

    /** The sorted latencies of the successful requests, in nanoseconds. */
    public synchronized long[] latencies() {
        long[] out = Arrays.copyOf(latencies, ok);
        Arrays.sort(out);
        return out;
    }

    /** The sorted times to the first token, in nanoseconds. */
    public synchronized long[] firstTokens() {
        long[] out = Arrays.copyOf(firstTokens, tokens);
        Arrays.sort(out);
        return out;
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds; NaN when there is no sample. */
    public static double percentileMillis(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
