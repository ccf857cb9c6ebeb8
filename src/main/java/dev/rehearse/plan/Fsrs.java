package dev.rehearse.plan;

/**
 * FSRS-6, the Free Spaced Repetition Scheduler, as py-fsrs 6 implements it ({@code fsrs/scheduler.py} at commit
 * 06dda32a, the version whose {@code DEFAULT_PARAMETERS} are the 21 weights below, the FSRS-6 defaults that ts-fsrs 5
 * and fsrs-rs 6 also ship) with its default desired retention of 0.9 and maximum interval of 36,500 days. Pure
 * functions of a memory state: stability S (days until recall falls to 90%) and difficulty D (1..10).
 *
 * <p>Where the reference leaves a choice, this follows py-fsrs exactly, so its published examples come out to the day:
 * <ul>
 *   <li>elapsed time is whole 24-hour periods since the last review (Python's {@code timedelta.days}), not calendar
 *       days, so a review at 23:00 and the next at 01:00 are the same day (the short-term update);</li>
 *   <li>an interval is rounded half to even (Python's {@code round}), then kept between 1 and the maximum;</li>
 *   <li>no fuzz: py-fsrs's random spread of intervals exists to keep a deck's cards from bunching on one day, and a
 *       handful of interview questions would only be made harder to test and explain by it.</li>
 * </ul>
 * Rehearse has no learning steps of minutes: each attempt is one review, and a review less than a day after the last
 * uses the short-term stability update, as the reference does inside its steps.
 */
public final class Fsrs {

    /** py-fsrs 6's {@code DEFAULT_PARAMETERS}, w0..w20 (w20 is the forgetting curve's decay). */
    static final double[] W = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };
    static final double DESIRED_RETENTION = 0.9;
    static final int MAXIMUM_INTERVAL = 36500;
    private static final double STABILITY_MIN = 0.001;
    private static final double DECAY = -W[20];
    /** Chosen so that retrievability is exactly 0.9 when the elapsed time equals the stability. */
    private static final double FACTOR = Math.pow(0.9, 1 / DECAY) - 1;

    /** FSRS's four ratings. */
    public enum Grade {
        AGAIN(1), HARD(2), GOOD(3), EASY(4);

        final int value;

        Grade(int value) {
            this.value = value;
        }
    }

    /** A question's memory state after its reviews so far. */
    public record State(double stability, double difficulty) {
    }

    private Fsrs() {
    }

    /** The state after the first review. */
    public static State first(Grade g) {
        return new State(Math.max(W[g.value - 1], STABILITY_MIN), clampDifficulty(initialDifficulty(g)));
    }

    /** The state after a later review, {@code elapsedDays} whole days after the one before. */
    public static State next(State s, long elapsedDays, Grade g) {
        double stability;
        if (elapsedDays < 1) {
            double increase = Math.exp(W[17] * (g.value - 3 + W[18])) * Math.pow(s.stability(), -W[19]);
            if (g == Grade.GOOD || g == Grade.EASY) {
                increase = Math.max(increase, 1.0);
            }
            stability = s.stability() * increase;
        } else {
            double r = retrievability(s.stability(), elapsedDays);
            stability = g == Grade.AGAIN ? forgetStability(s, r) : recallStability(s, r, g);
        }
        return new State(Math.max(stability, STABILITY_MIN), nextDifficulty(s.difficulty(), g));
    }

    /** The probability of recall {@code elapsedDays} after a review that left stability {@code stability}. */
    public static double retrievability(double stability, double elapsedDays) {
        return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
    }

    /** Whole days until recall falls to the desired retention, rounded half to even as py-fsrs does; at least one. */
    public static int intervalDays(double stability) {
        double interval = stability / FACTOR * (Math.pow(DESIRED_RETENTION, 1 / DECAY) - 1);
        return (int) Math.min(MAXIMUM_INTERVAL, Math.max(1, Math.rint(interval)));
    }

    private static double initialDifficulty(Grade g) {
        return W[4] - Math.exp(W[5] * (g.value - 1)) + 1;
    }

    private static double nextDifficulty(double d, Grade g) {
        double delta = -W[6] * (g.value - 3);
        double damped = d + (10 - d) * delta / 9;
        // mean reversion towards the difficulty of a first "easy", so difficulty does not stick at either end
        return clampDifficulty(W[7] * initialDifficulty(Grade.EASY) + (1 - W[7]) * damped);
    }

    private static double recallStability(State s, double r, Grade g) {
        double hardPenalty = g == Grade.HARD ? W[15] : 1;
        double easyBonus = g == Grade.EASY ? W[16] : 1;
        return s.stability() * (1 + Math.exp(W[8]) * (11 - s.difficulty()) * Math.pow(s.stability(), -W[9])
                * (Math.exp((1 - r) * W[10]) - 1) * hardPenalty * easyBonus);
    }

    private static double forgetStability(State s, double r) {
        double longTerm = W[11] * Math.pow(s.difficulty(), -W[12]) * (Math.pow(s.stability() + 1, W[13]) - 1)
                * Math.exp((1 - r) * W[14]);
        double shortTerm = s.stability() / Math.exp(W[17] * W[18]);
        return Math.min(longTerm, shortTerm);
    }

    private static double clampDifficulty(double d) {
        return Math.min(10, Math.max(1, d));
    }
}
