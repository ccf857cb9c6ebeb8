package dev.rehearse.http;

import dev.rehearse.service.AnalysisDeadline;
import dev.rehearse.text.Cancellation;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request's analysis under the service's deadline. When Jetty fails the request (it saw the client's
 * connection close), its failure listener cancels the analysis too, which then ends at its next checkpoint instead
 * of computing an answer nobody will read. Jetty does not always see a close while the handler runs, so the deadline
 * is what bounds the work.
 */
final class AnalysisRuns {

    private static final Logger log = LoggerFactory.getLogger(AnalysisRuns.class);

    private final AnalysisDeadline deadline;

    AnalysisRuns(AnalysisDeadline deadline) {
        this.deadline = deadline;
    }

    <T> T run(Context ctx, Supplier<T> work) {
        Cancellation signal = deadline.start();
        onClientLeaving(ctx, () -> signal.cancel(Cancellation.Reason.CLIENT_LEFT));
        return deadline.run(signal, work);
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
