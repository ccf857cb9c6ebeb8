package dev.rehearse.text;

import java.time.Duration;

/** An analysis stopped at a checkpoint by its {@link Cancellation}: its time ran out, or nobody waits for it. */
public final class AnalysisCancelledException extends RuntimeException {

    private final Cancellation.Reason reason;
    private final Duration budget;

    public AnalysisCancelledException(Cancellation.Reason reason, Duration budget) {
        super(switch (reason) {
            case DEADLINE -> "the analysis took longer than " + budget.toSeconds() + " s and was stopped";
            case CLIENT_LEFT -> "the client closed the connection, so the analysis was stopped";
            case SHUTDOWN -> "the server is stopping, so the analysis was stopped";
        }, null, false, false);
        this.reason = reason;
        this.budget = budget;
    }

    public Cancellation.Reason reason() {
        return reason;
    }

    public Duration budget() {
        return budget;
    }
}
