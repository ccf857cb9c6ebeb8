package dev.rehearse.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.llm.reply.FailureKind;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.support.Coaches;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiStub;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.llm.support.RecordingListener;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upstreams that never end a stream on their own: one that keeps it alive with an SSE comment now and
 * then, and one that sends a line with no end. Each call must still end, as a failure with a note, and
 * the user must get the fallback.
 */
class StreamLimitsTest {

    private static final KnowledgeIndex KB = BundledKnowledge.index();

    private OpenAiStub model;
    private LlmCoach coach;

    @BeforeEach
    void start() {
        model = OpenAiStub.start();
        // generous, so only the size caps can end the capped calls, however loaded the machine
        coach = Coaches.openAi(model.baseUrl(), KB, "REHEARSE_LLM_TIMEOUT", "30");
    }

    @AfterEach
    void stop() {
        coach.close();
        model.close();
    }

    /**
     * A first token, then 40 keep-alive comments dribbled over 8 s: never 1 s of silence, never an end;
     * and a coach whose timeout is 1 s.
     */
    private void trickle() {
        coach.close();
        coach = Coaches.openAi(model.baseUrl(), KB, "REHEARSE_LLM_TIMEOUT", "1");
        String start = OpenAiWire.stream(List.of("TheyDo "), null, false);
        model.answer(OpenAiStub.sse(start + ": keep-alive\n\n".repeat(40)).withChunkedDribbleDelay(41, 8_000));
    }

    @Test
    void should_end_a_streamed_answer_as_a_timeout_when_the_upstream_trickles_comments_past_the_timeout() {
        // given
        trickle();

        // when
        LlmOutcome<LlmAnswer> outcome = coach.ask("What does TheyDo do?");

        // then
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(outcome.failure().note()).contains("within 1 s (REHEARSE_LLM_TIMEOUT)")
                .endsWith("Showing the matching passages instead.");
        assertThat(outcome.failure().retrieved()).isNotEmpty();
    }

    @Test
    void should_end_a_waited_for_critique_as_a_timeout_when_the_upstream_trickles_comments() {
        // given
        trickle();

        // when
        LlmOutcome<LlmCritique> outcome = coach.critique(Drafts.paypal());

        // then
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(outcome.failure().note()).endsWith("Showing the offline analysis only.");
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void should_end_the_call_as_a_failure_when_a_line_passes_the_cap() {
        // given: a data line of 300 KB with no newline, over the 256 KB cap
        model.answer(OpenAiStub.sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + "x".repeat(300 * 1024)));
        RecordingListener<LlmAnswer> listener = new RecordingListener<>();

        // when
        coach.ask("What does TheyDo do?", listener);
        listener.await();

        // then: one final callback, a failure naming the cause, and the passages to fall back on
        assertThat(listener.finals).hasValue(1);
        assertThat(listener.reply.get()).isNull();
        LlmFailure failure = listener.failure.get();
        assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(failure.note()).contains("sent a stream Rehearse will not read (a line of the stream passed 256 KB)")
                .endsWith("Showing the matching passages instead.");
        assertThat(failure.retrieved()).isNotEmpty();
    }

    @Test
    void should_end_the_call_as_a_failure_when_an_event_passes_the_cap() {
        // given: one event of 1,200 data lines of 1 KB each, no blank line between them
        String line = "data: " + "y".repeat(1024) + "\n";
        model.answer(OpenAiStub.sse(line.repeat(1200) + "\n"));

        // when
        LlmOutcome<LlmAnswer> outcome = coach.ask("What does TheyDo do?");

        // then
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.failure().note()).contains("an event of the stream passed 1024 KB");
    }
}
