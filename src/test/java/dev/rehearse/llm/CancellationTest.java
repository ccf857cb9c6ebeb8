package dev.rehearse.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.llm.call.StreamHandle;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.support.Coaches;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.RecordingListener;
import dev.rehearse.llm.support.SlowSseServer;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a stream closes the upstream connection, whether the model is mid-answer, still silent, or
 * the call is waiting to retry: the guard on the hand-off of the {@code CallScope} from the caller's thread
 * to the transport. The close is observed by the server on its own socket. The server never ends these
 * streams and the timeout is 30 s, so within the waits below nothing but the cancel can close them.
 */
@Tag("integration")
class CancellationTest {

    private static final KnowledgeIndex KB = BundledKnowledge.index();

    @Test
    void should_close_the_upstream_connection_when_a_stream_is_cancelled_mid_answer() throws Exception {
        try (SlowSseServer server = new SlowSseServer(SlowSseServer.Mode.STREAM, 100);
             LlmCoach coach = Coaches.openAi(server.baseUrl(), KB, "REHEARSE_LLM_TIMEOUT", "30")) {
            // given: an answer that is streaming
            RecordingListener<LlmAnswer> listener = new RecordingListener<>();
            StreamHandle handle = coach.ask("What does TheyDo do?", listener);
            assertThat(listener.awaitFirstToken(5_000)).isTrue();

            assertThat(server.clientClosed()).isFalse();

            // when
            handle.cancel();
            int tokensAtCancel = listener.tokens.size();

            // then: the server sees the client hang up, and the listener heard nothing after the cancel
            assertThat(server.awaitClientClose(10_000)).isPositive();
            assertThat(listener.tokens).hasSize(tokensAtCancel);
            assertThat(listener.finals).hasValue(0);
            assertThat(handle.isDone()).isTrue();
        }
    }

    @Test
    void should_close_the_upstream_connection_when_cancelled_before_the_first_token() throws Exception {
        try (SlowSseServer server = new SlowSseServer(SlowSseServer.Mode.SILENT, 100);
             LlmCoach coach = Coaches.openAi(server.baseUrl(), KB, "REHEARSE_LLM_TIMEOUT", "30")) {
            // given: the model has the request but has sent nothing, not even headers
            RecordingListener<LlmCritique> listener = new RecordingListener<>();
            StreamHandle handle = coach.critique(Drafts.paypal(), listener);
            assertThat(server.awaitRequest(5_000)).isTrue();

            assertThat(server.clientClosed()).isFalse();

            // when
            handle.cancel();

            // then: the pending send is aborted, and the server sees the client hang up
            assertThat(server.awaitClientClose(10_000)).isPositive();
            assertThat(listener.finals).hasValue(0);
        }
    }

    @Test
    void should_not_retry_after_a_cancel_during_the_retry_wait() throws Exception {
        try (SlowSseServer server = new SlowSseServer(SlowSseServer.Mode.RATE_LIMIT, 100);
             LlmCoach coach = Coaches.openAi(server.baseUrl(), KB, "REHEARSE_LLM_TIMEOUT", "30")) {
            // given: a 429 asking for a one-second wait has arrived
            RecordingListener<LlmAnswer> listener = new RecordingListener<>();
            StreamHandle handle = coach.ask("What does TheyDo do?", listener);
            assertThat(server.awaitRequest(5_000)).isTrue();
            Thread.sleep(200);

            // when
            handle.cancel();
            Thread.sleep(1_500);

            // then: the scheduled retry never went out
            assertThat(server.connections()).isEqualTo(1);
            assertThat(listener.finals).hasValue(0);
        }
    }
}
