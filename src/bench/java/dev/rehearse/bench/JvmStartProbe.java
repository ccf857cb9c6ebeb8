package dev.rehearse.bench;

/**
 * Does nothing but say it started: launched with the server's JVM options and classpath, the time until its line
 * arrives is what the JVM itself costs before any of Rehearse runs. {@link StartupBenchmark} subtracts it.
 */
public final class JvmStartProbe {

    private JvmStartProbe() {
    }

    public static void main(String[] args) {
        System.out.println("started");
    }
}
