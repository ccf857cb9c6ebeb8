package dev.rehearse.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's memory as Linux counts it, from {@code /proc/<pid>/status}: resident set now (VmRSS), its
 * peak since the process started (VmHWM, the kernel's own high-water mark, so no sampling gap can miss a
 * peak) and the number of threads. Sizes in kilobytes.
 */
public record ProcessMemory(long rssKb, long peakRssKb, int threads) {

    public static ProcessMemory of(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            long rss = -1;
            long hwm = -1;
            int threads = -1;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kilobytes(line);
                } else if (line.startsWith("Threads:")) {
                    threads = Integer.parseInt(line.substring("Threads:".length()).strip());
                }
            }
            return new ProcessMemory(rss, hwm, threads);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + status + " (Linux only): " + e.getMessage(), e);
        }
    }

    /** The one-minute load average of the machine, from {@code /proc/loadavg}. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long kilobytes(String line) {
        String[] parts = line.split("\\s+");
        return Long.parseLong(parts[1]);
    }

    public double rssMb() {
        return rssKb / 1024.0;
    }

    public double peakRssMb() {
        return peakRssKb / 1024.0;
    }
}
