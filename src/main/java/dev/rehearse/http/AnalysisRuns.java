package dev.rehearse.http;

import dev.rehearse.service.AnalysisDeadline;
import dev.rehearse.text.Cancellation;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request's analysis under the service's deadline, and cancels it when the client leaves, so it ends at its
 * next checkpoint instead of computing an answer nobody will read. Two signals say the client left: Jetty failing
 * the request (its failure listener), and {@link ClientDeparture}, which reads the connection while the analysis
 * runs because Jetty itself does not once the body has been read.
 */
final class AnalysisRuns {

    private static final Logger log = LoggerFactory.getLogger(AnalysisRuns.class);

    private final AnalysisDeadline deadline;

    AnalysisRuns(AnalysisDeadline deadline) {
        this.deadline = deadline;
    }

    <T> T run(Context ctx, Supplier<T> work) {
        Cancellation signal = deadline.start();
        Runnable left = () -> signal.cancel(Cancellation.Reason.CLIENT_LEFT);
        onClientLeaving(ctx, left);
        try (ClientDeparture.Watch watch = ClientDeparture.watch(ctx, left)) {
            return deadline.run(signal, work);
        }
    }

    private static void onClientLeaving(Context ctx, Runnable action) {
        try {
            ServletContextRequest.getServletContextRequest(ctx.req()).addFailureListener(failure -> action.run());
        } catch (IllegalStateException e) {
            // not a request of Jetty's servlet container (a test double): the deadline alone bounds the work
            log.debug("No client-departure signal for {}: {}", ctx.path(), e.getMessage());
        }
    }
}
