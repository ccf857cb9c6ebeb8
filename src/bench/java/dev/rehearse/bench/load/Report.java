package dev.rehearse.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a run's figures as plain-text tables, ready to copy into docs/benchmarks.md. */
public final class Report {

    private Report() {
    }

    public static void machine() {
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s (%s), %s %s; load average now %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                ProcessMemory.loadAverage());
    }

    /** One row per figure: requests, throughput over {@code took}, p50, p99, max and errors. */
    public static void throughputTable(List<RequestStats> types, Duration took) {
        double seconds = took.toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "%-34s %9s %8s %9s %9s %9s %9s %7s%n", "request", "requests", "req/s", "p50 ms", "p90 ms",
                "p99 ms", "max ms", "errors");
        int all = 0;
        int errors = 0;
        for (RequestStats s : types) {
            long[] lat = s.latencies();
            long[] first = s.firstTokens();
            if (first.length > 0) {
                row(s.name() + ": first token", first.length, Double.NaN, first, -1);
                row(s.name() + ": whole answer", s.requests(), s.requests() / seconds, lat, s.errorCount());
            } else {
                row(s.name(), s.requests(), s.requests() / seconds, lat, s.errorCount());
            }
            all += s.requests();
            errors += s.errorCount();
        }
        System.out.printf(Locale.ROOT, "%-34s %9d %8.1f %9s %9s %9s %9s %7d%n", "all", all, all / seconds, "", "", "", "", errors);
        problems(types);
    }

    /** One row per figure: samples, p50, p99, max. */
    public static void latencyTable(List<RequestStats> types) {
        System.out.printf(Locale.ROOT, "%-44s %8s %9s %9s %9s %7s%n", "request", "samples", "p50 ms", "p99 ms", "max ms", "errors");
        for (RequestStats s : types) {
            long[] lat = s.firstTokens().length > 0 ? s.firstTokens() : s.latencies();
            System.out.printf(Locale.ROOT, "%-44s %8d %9.2f %9.2f %9.2f %7d%n", s.name(), lat.length,
                    RequestStats.percentileMillis(lat, 50), RequestStats.percentileMillis(lat, 99),
                    RequestStats.percentileMillis(lat, 100), s.errorCount());
        }
        problems(types);
    }

    private static void row(String name, int requests, double rate, long[] lat, int errors) {
        System.out.printf(Locale.ROOT, "%-34s %9d %8s %9.1f %9.1f %9.1f %9.1f %7s%n", name, requests,
                Double.isNaN(rate) ? "" : String.format(Locale.ROOT, "%.1f", rate),
                RequestStats.percentileMillis(lat, 50), RequestStats.percentileMillis(lat, 90), RequestStats.percentileMillis(lat, 99),
                RequestStats.percentileMillis(lat, 100), errors < 0 ? "" : Integer.toString(errors));
    }

    private static void problems(List<RequestStats> types) {
        for (RequestStats s : types) {
            for (Map.Entry<String, Integer> e : s.errors().entrySet()) {
                System.out.printf(Locale.ROOT, "  error  %-12s %6d x %s%n", s.name(), e.getValue(), e.getKey());
            }
            for (Map.Entry<String, Integer> e : s.notes().entrySet()) {
                System.out.printf(Locale.ROOT, "  note   %-12s %6d x %s%n", s.name(), e.getValue(), e.getKey());
            }
        }
    }

    /**
     * The CPU the server spent per request in the window: unlike latency, hardly changed by other processes
     * competing for the cores. The driver's own CPU (clients, and the model stub when there is one) is beside it.
     */
    public static void cpu(ServerProcess server, int requests, Duration took) {
        double serverCpu = server.serverCpuInWindow().toNanos() / 1e9;
        double driverCpu = server.driverCpuInWindow().toNanos() / 1e9;
        double seconds = took.toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "CPU in the window: server %.1f s (%.2f cores, %.1f ms per request), driver %.1f s"
                + " (%.2f cores)%n", serverCpu, serverCpu / seconds, requests == 0 ? Double.NaN : serverCpu * 1000 / requests,
                driverCpu, driverCpu / seconds);
    }

    public static void server(ServerProcess server) {
        ProcessMemory m = server.memory();
        System.out.printf(Locale.ROOT, "server pid %d, %s: peak resident (VmHWM, since start) %.0f MB; highest sampled in this"
                        + " window %.0f MB; resident now %.0f MB; threads at most %d; load average (1 min) %.2f to %.2f%n",
                server.pid(), server.jvmOptionsText(), m.peakRssMb(), server.sampledPeakRssMb(), m.rssMb(),
                server.sampledPeakThreads(), server.minLoad(), server.maxLoad());
    }
}
