package dev.rehearse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.text.AnalysisCancelledException;
import dev.rehearse.text.Cancellation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How a failure inside an analysis is reported: the interrupt a stopping server sends its request threads is the
 * stop, while any other failure, or an interrupt nobody asked for, surfaces as it is.
 */
class AnalysisDeadlineTest {

    private final AnalysisDeadline deadline = new AnalysisDeadline(Duration.ofMinutes(10));

    @Test
    void should_report_a_stop_for_the_shutdown_when_stopped_work_fails_on_the_interrupt() {
        // given: the server stopping while a library inside the analysis waits, as the embedding model's pool does
        Cancellation signal = deadline.start();

        // when
        assertThatThrownBy(() -> deadline.run(signal, () -> {
            deadline.stopAll();
            throw new RuntimeException(new InterruptedException());
        }))

                // then
                .isInstanceOfSatisfying(AnalysisCancelledException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cancellation.Reason.SHUTDOWN));
        assertThat(deadline.stopped(Cancellation.Reason.SHUTDOWN)).isEqualTo(1);
        assertThat(deadline.running()).isZero();
    }

    @Test
    void should_pass_an_interrupt_on_as_it_is_when_nothing_stopped_the_work() {
        // given
        RuntimeException failure = new RuntimeException(new InterruptedException());

        // when / then
        assertThatThrownBy(() -> deadline.run(deadline.start(), () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(deadline.stopped(Cancellation.Reason.SHUTDOWN)).isZero();
    }

    @Test
    void should_pass_another_failure_on_as_it_is_when_the_server_is_stopping() {
        // given
        IllegalStateException failure = new IllegalStateException("a bug, not the stop");

        // when / then
        assertThatThrownBy(() -> deadline.run(deadline.start(), () -> {
            deadline.stopAll();
            throw failure;
        })).isSameAs(failure);
        assertThat(deadline.stopped(Cancellation.Reason.SHUTDOWN)).isZero();
    }
}
