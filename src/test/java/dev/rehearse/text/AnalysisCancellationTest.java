package dev.rehearse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnalysisCancellationTest {

    @Test
    void should_let_work_run_when_nothing_stops_it() {
        // given
        Cancellation signal = Cancellation.withDeadline(Duration.ofHours(1));

        // when
        String result = signal.call(() -> {
            Cancellation.checkpoint();
            return "done";
        });

        // then
        assertThat(result).isEqualTo("done");
        assertThat(signal.reason()).isNull();
    }

    @Test
    void should_stop_at_the_next_checkpoint_when_cancelled() {
        // given
        Cancellation signal = Cancellation.withDeadline(Duration.ofHours(1));

        // when / then
        assertThatThrownBy(() -> signal.call(() -> {
            signal.cancel(Cancellation.Reason.CLIENT_LEFT);
            Cancellation.checkpoint();
            return "never";
        })).isInstanceOfSatisfying(AnalysisCancelledException.class,
                e -> assertThat(e.reason()).isEqualTo(Cancellation.Reason.CLIENT_LEFT));
    }

    @Test
    void should_report_the_deadline_when_the_time_has_passed() {
        // given: a budget already spent by the time the work starts
        Cancellation signal = Cancellation.withDeadline(Duration.ofNanos(1));

        // when / then
        assertThatThrownBy(() -> signal.call(() -> "never"))
                .isInstanceOfSatisfying(AnalysisCancelledException.class,
                        e -> assertThat(e.reason()).isEqualTo(Cancellation.Reason.DEADLINE));
    }

    @Test
    void should_keep_the_first_reason_when_cancelled_twice() {
        // given
        Cancellation signal = Cancellation.withDeadline(Duration.ofHours(1));

        // when
        signal.cancel(Cancellation.Reason.SHUTDOWN);
        signal.cancel(Cancellation.Reason.CLIENT_LEFT);

        // then
        assertThat(signal.reason()).isEqualTo(Cancellation.Reason.SHUTDOWN);
    }

    @Test
    void should_never_stop_work_when_it_runs_outside_any_signal() {
        // when / then: the CLI and the tests call the coach directly
        assertThatCode(Cancellation::checkpoint).doesNotThrowAnyException();
    }
}
