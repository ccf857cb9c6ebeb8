package dev.rehearse.testing;

import java.time.Duration;

/**
 * How long a test waits for something slow before calling it a hang: a child JVM starting, LanguageTool loading,
 * the index catching up with an edit, the browser showing a result. These are bounds against hanging, not
 * measurements, and the machines the suite runs on are shared: beside another build, loading LanguageTool has
 * taken over three minutes where it takes seconds alone. So every such wait is what the step needs on a quiet
 * machine times {@link #FACTOR} (5 unless {@code -Drehearse.patience=N} says otherwise). A step that really hangs
 * still fails, only later.
 */
public final class Patience {

    public static final double FACTOR = Double.parseDouble(System.getProperty("rehearse.patience", "5"));

    private Patience() {
    }

    public static Duration of(Duration quiet) {
        return Duration.ofMillis(Math.round(quiet.toMillis() * FACTOR));
    }

    public static Duration ofSeconds(long quietSeconds) {
        return of(Duration.ofSeconds(quietSeconds));
    }
}
