package dev.rehearse.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code clients} threads (a fixed pool: Java 17 has no virtual threads), each sending
 * its next request as soon as the previous one is answered, until the time is up. A request under way when
 * the time is up is finished and counted; the run's length is measured until the last one ends, so
 * throughput is requests over the time it really took.
 */
public final class ClosedLoop {

    /** One request by client {@code client}, its {@code n}-th; it records its own outcome. */
    @FunctionalInterface
    public interface Step {
        void run(int client, int n) throws Exception;
    }

    private ClosedLoop() {
    }

    /**
     * Runs the loop and returns how long it took, from the first request to the end of the last one.
     *
     * @param onCrash where a step that throws (a bug in the step, not a failed request) is recorded
     */
    public static Duration run(int clients, Duration duration, Step step, RequestStats onCrash) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        AtomicInteger unfinished = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                for (int n = 0; System.nanoTime() < deadline && !Thread.currentThread().isInterrupted(); n++) {
                    try {
                        step.run(client, n);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        onCrash.error("client crashed: " + e);
                    }
                }
            }));
        }
        pool.shutdown();
        // every request carries its own timeout; this only guards against a bug in the driver itself
        if (!pool.awaitTermination(duration.toSeconds() + 180, TimeUnit.SECONDS)) {
            for (Future<?> f : running) {
                if (!f.isDone()) {
                    unfinished.incrementAndGet();
                }
            }
            pool.shutdownNow();
            onCrash.error(unfinished.get() + " clients still busy 180 s after the end");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
