package dev.rehearse.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rehearse.llm.reply.FailureKind;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmFollowUps;
import dev.rehearse.llm.reply.LlmOutcome;
import dev.rehearse.llm.support.AnthropicWire;
import dev.rehearse.llm.support.Coaches;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.llm.support.OpenAiStub;
import dev.rehearse.llm.support.OpenAiWire;
import dev.rehearse.llm.support.RecordingListener;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every way a model call fails, and what the user is told: a note naming the failure (and the setting
 * to check), the offline report kept, never a stack trace.
 */
@Tag("integration")
class LlmFailureTest {

    private static final KnowledgeIndex KB = BundledKnowledge.index();
    private static final String CHAT = OpenAiStub.CHAT;

    private OpenAiStub model;
    private WireMockServer server;
    private LlmCoach coach;

    @BeforeEach
    void start() {
        model = OpenAiStub.start();
        server = model.server();
        coach = Coaches.openAi(baseUrl(), KB, "REHEARSE_LLM_TIMEOUT", "1");
    }

    @AfterEach
    void stop() {
        coach.close();
        model.close();
    }

    private String baseUrl() {
        return model.baseUrl();
    }

    private void stub(ResponseDefinitionBuilder response) {
        model.answer(response);
    }

    private List<LoggedRequest> requests() {
        return model.requests();
    }

    private LlmFailure askFails() {
        RecordingListener<LlmAnswer> listener = new RecordingListener<>();
        coach.ask("What does TheyDo do?", listener);
        listener.await();
        assertThat(listener.reply.get()).isNull();
        assertThat(listener.finals).hasValue(1);
        return checked(listener.failure.get());
    }

    private LlmFailure critiqueFails() {
        RecordingListener<LlmCritique> listener = new RecordingListener<>();
        coach.critique(Drafts.paypal(), listener);
        listener.await();
        assertThat(listener.reply.get()).isNull();
        assertThat(listener.finals).hasValue(1);
        return checked(listener.failure.get());
    }

    private LlmFailure followUpsFail() {
        LlmOutcome<LlmFollowUps> outcome = coach.followUps(Drafts.paypal());
        assertThat(outcome.ok()).isFalse();
        return checked(outcome.failure());
    }

    /** What every failure note must be: plain words, no stack trace, no key. */
    private static LlmFailure checked(LlmFailure failure) {
        assertThat(failure).isNotNull();
        assertThat(failure.note()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("sk-test");
        return failure;
    }

    private static ResponseDefinitionBuilder sse(String body) {
        return OpenAiStub.sse(body);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return OpenAiStub.json(status, body);
    }

    @Test
    void should_end_a_stream_started_on_a_closed_coach_as_cancelled_instead_of_never() {
        // given: the coach is closed (the server shutting down) while a streamed answer is on its way
        stub(sse(OpenAiWire.stream(List.of("TheyDo ", "maps journeys."))));
        coach.close();

        // when
        RecordingListener<LlmAnswer> listener = new RecordingListener<>();
        coach.ask("What does TheyDo do?", listener);
        listener.await();

        // then
        assertThat(listener.reply.get()).isNull();
        assertThat(listener.failure.get().kind()).isEqualTo(FailureKind.CANCELLED);
    }

    @Test
    void should_report_a_timeout_when_the_server_does_not_answer() {
        // given
        stub(sse(OpenAiWire.stream(List.of("late"))).withFixedDelay(3000));

        // when
        LlmFailure failure = askFails();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(failure.note()).isEqualTo("OpenAI-compatible (" + baseUrl() + ") did not answer within 1 s "
                + "(REHEARSE_LLM_TIMEOUT). Showing the matching passages instead.");
        assertThat(failure.retrieved()).isNotEmpty();
    }

    @Test
    void should_report_a_timeout_when_a_stream_stalls_after_it_started() {
        // given: the first half of the stream arrives at once, the rest 4 s later
        stub(sse(OpenAiWire.stream(List.of("The first part ", "and the rest"))).withChunkedDribbleDelay(2, 4000));

        // when
        LlmFailure failure = askFails();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(failure.note()).contains("(REHEARSE_LLM_TIMEOUT)");
    }

    @Test
    void should_report_a_timeout_when_a_plain_answer_is_not_whole_within_the_timeout() {
        // given: the headers at once, then the body spread over 1.6 s; REHEARSE_LLM_TIMEOUT is 1 s
        stub(json(200, OpenAiWire.completion(Drafts.resource("/llm/followups.json"))).withChunkedDribbleDelay(4, 1600));

        // when
        LlmFailure failure = followUpsFail();

        // then: a non-streamed answer must arrive whole within the timeout, as the setting and the note say
        assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(failure.note()).isEqualTo("OpenAI-compatible (" + baseUrl() + ") did not answer within 1 s "
                + "(REHEARSE_LLM_TIMEOUT). Showing the offline analysis only.");
    }

    @Test
    void should_accept_a_plain_answer_whose_body_arrives_in_pieces_within_the_timeout() {
        // given: the same body spread over 0.3 s
        stub(json(200, OpenAiWire.completion(Drafts.resource("/llm/followups.json"))).withChunkedDribbleDelay(4, 300));

        // when
        LlmOutcome<LlmFollowUps> outcome = coach.followUps(Drafts.paypal());

        // then
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.reply().result().followUps()).hasSize(3);
    }

    @Test
    void should_name_the_key_setting_when_the_key_is_rejected() {
        // given
        stub(json(401, OpenAiWire.error("Incorrect API key provided: sk-test***", "invalid_request_error", "invalid_api_key")));

        // when
        LlmFailure streamed = critiqueFails();
        LlmFailure plain = followUpsFail();

        // then: no retry for an answer that will not change
        assertThat(streamed.kind()).isEqualTo(FailureKind.AUTH);
        assertThat(streamed.note()).isEqualTo("OpenAI-compatible (" + baseUrl() + ") rejected the API key (HTTP 401). "
                + "Check OPENAI_API_KEY. Showing the offline analysis only.");
        assertThat(plain.kind()).isEqualTo(FailureKind.AUTH);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void should_name_the_anthropic_key_setting_on_403() {
        // given
        coach.close();
        coach = Coaches.anthropic(baseUrl(), KB);
        server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(
                json(403, AnthropicWire.error("permission_error", "Your API key does not have permission"))));

        // when
        LlmFailure failure = critiqueFails();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.AUTH);
        assertThat(failure.note()).contains("rejected the API key (HTTP 403). Check ANTHROPIC_API_KEY.");
    }

    @Test
    void should_wait_as_long_as_retry_after_asks_and_then_succeed() {
        // given: a coach whose exchanges may take their time: the 1 s timeout the other tests use is not what this
        // test is about, and on a loaded machine an exchange can outlast it and end the call as a timeout
        coach.close();
        coach = Coaches.openAi(baseUrl(), KB, "REHEARSE_LLM_TIMEOUT", "60");
        // and one 429 asking for a one-second wait, then an answer
        server.stubFor(post(urlEqualTo(CHAT)).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(json(429, OpenAiWire.error("Rate limit reached", "requests", "rate_limit_exceeded"))
                        .withHeader("Retry-After", "1"))
                .willSetStateTo("open"));
        server.stubFor(post(urlEqualTo(CHAT)).inScenario("limit").whenScenarioStateIs("open")
                .willReturn(sse(OpenAiWire.stream(List.of("An answer [1].")))));

        // when
        LlmOutcome<LlmAnswer> outcome = coach.ask("What does TheyDo do?");

        // then: the streamed call was retried, after at least the second asked for
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.reply().result().answer()).isEqualTo("An answer [1].");
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(2);
        long gap = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(900);
    }

    @Test
    void should_say_rate_limited_after_the_allowed_retries() {
        // given
        stub(json(429, OpenAiWire.error("Rate limit reached", "requests", "rate_limit_exceeded")).withHeader("Retry-After", "0"));

        // when
        LlmFailure failure = followUpsFail();

        // then: the first attempt and REHEARSE_LLM_RETRIES=2 retries
        assertThat(requests()).hasSize(3);
        assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(failure.note()).isEqualTo("Rate limited by OpenAI-compatible (" + baseUrl() + ") after 3 attempts. "
                + "It asked to wait 1 s. Try again shortly. Showing the offline analysis only.");
    }

    @Test
    void should_not_wait_when_the_server_asks_for_too_long() {
        // given
        stub(json(429, OpenAiWire.error("Rate limit reached", "tokens", "rate_limit_exceeded")).withHeader("Retry-After", "120"));

        // when
        LlmFailure failure = askFails();

        // then
        assertThat(requests()).hasSize(1);
        assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(failure.note()).contains("It asked to wait 120 s.");
    }

    @Test
    void should_retry_server_errors_then_report_them() {
        // given
        stub(json(503, "{\"error\":{\"message\":\"overloaded\"}}").withHeader("Retry-After", "0"));

        // when
        LlmFailure failure = critiqueFails();

        // then
        assertThat(requests()).hasSize(3);
        assertThat(failure.kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(failure.note()).isEqualTo("OpenAI-compatible (" + baseUrl() + ") had a server error (HTTP 503) after 3 attempts. "
                + "Showing the offline analysis only.");
    }

    @Test
    void should_recover_when_a_streamed_call_fails_once_with_a_server_error() {
        // given: LangChain4j's streaming model never retries; our transport does
        server.stubFor(post(urlEqualTo(CHAT)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(json(502, "bad gateway")).willSetStateTo("up"));
        server.stubFor(post(urlEqualTo(CHAT)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(sse(OpenAiWire.stream(List.of("Fine now.")))));

        // when
        LlmOutcome<LlmAnswer> outcome = coach.ask("What does TheyDo do?");

        // then
        assertThat(outcome.ok()).isTrue();
        assertThat(requests()).hasSize(2);
    }

    @Test
    void should_report_a_server_that_is_not_running() throws Exception {
        // given: a port nobody listens on
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        coach.close();
        coach = Coaches.openAi("http://127.0.0.1:" + closedPort + "/v1", KB, "OPENAI_API_KEY", null, "OPENAI_MODEL", "llama3.1");

        // when
        LlmFailure streamed = askFails();
        LlmFailure plain = followUpsFail();

        // then
        assertThat(streamed.kind()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(streamed.note()).isEqualTo("Could not connect to http://127.0.0.1:" + closedPort + "/v1. Is the model "
                + "server running, and is OPENAI_BASE_URL right? Showing the matching passages instead.");
        assertThat(plain.kind()).isEqualTo(FailureKind.UNREACHABLE);
    }

    @Test
    void should_name_the_model_setting_when_the_model_is_unknown() {
        // given: what Ollama answers for a model that was never pulled
        stub(json(404, OpenAiWire.error("model \"llama9\" not found, try pulling it first", "api_error", null)));

        // when
        LlmFailure failure = followUpsFail();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.MODEL_NOT_FOUND);
        assertThat(failure.note()).contains("does not know the model \"gpt-4.1-mini\" (HTTP 404): "
                + "model \"llama9\" not found, try pulling it first. Check OPENAI_MODEL.");
    }

    @Test
    void should_retry_invalid_json_once_and_then_fall_back() {
        // given
        stub(json(200, OpenAiWire.completion("Sure! Here are some follow-ups: 1. How did you measure it?")));

        // when
        LlmFailure failure = followUpsFail();

        // then
        assertThat(requests()).hasSize(2);
        assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(failure.note()).isEqualTo("The model's answer was not the JSON asked for, twice. Showing the offline analysis only.");
    }

    @Test
    void should_catch_broken_json_and_use_the_second_answer() {
        // given: a cut-off object first (LangChain4j raises a raw Jackson error for it), then a good one
        server.stubFor(post(urlEqualTo(CHAT)).inScenario("json").whenScenarioStateIs(STARTED)
                .willReturn(json(200, OpenAiWire.completion("{\"followUps\": [{\"question\": \"How did"))).willSetStateTo("fixed"));
        server.stubFor(post(urlEqualTo(CHAT)).inScenario("json").whenScenarioStateIs("fixed")
                .willReturn(json(200, OpenAiWire.completion(Drafts.resource("/llm/followups.json")))));

        // when
        LlmOutcome<LlmFollowUps> outcome = coach.followUps(Drafts.paypal());

        // then
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.reply().result().followUps()).hasSize(3);
        assertThat(outcome.reply().notes()).contains("The model's first answer was not valid JSON; it was asked once more.");
    }

    @Test
    void should_retry_a_streamed_critique_that_is_not_json_then_fall_back() {
        // given
        stub(sse(OpenAiWire.stream(List.of("I think the answer ", "is quite good overall."))));

        // when
        LlmFailure failure = critiqueFails();

        // then
        assertThat(requests()).hasSize(2);
        assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(failure.note()).endsWith("Showing the offline analysis only.");
    }

    @Test
    void should_report_a_stream_that_ends_before_it_is_complete() {
        // given: no finish reason and no [DONE]: the server went away mid-answer
        stub(sse(OpenAiWire.stream(List.of("TheyDo is a ", "platform for"), null, false)));
        RecordingListener<LlmAnswer> listener = new RecordingListener<>();

        // when
        coach.ask("What does TheyDo do?", listener);
        listener.await();

        // then: what arrived was shown, and the user is told it is incomplete
        assertThat(listener.text()).isEqualTo("TheyDo is a platform for");
        assertThat(checked(listener.failure.get()).kind()).isEqualTo(FailureKind.TRUNCATED);
        assertThat(listener.failure.get().note()).isEqualTo("The model's answer stream ended before it was complete. "
                + "Showing the matching passages instead.");
    }

    @Test
    void should_report_an_anthropic_stream_cut_before_message_delta() {
        // given
        coach.close();
        coach = Coaches.anthropic(baseUrl(), KB);
        server.stubFor(post(urlEqualTo("/v1/messages")).willReturn(sse(AnthropicWire.stream(List.of("{\"summary\": \"Half"), null, false))));

        // when
        LlmFailure failure = critiqueFails();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.TRUNCATED);
    }

    @Test
    void should_report_a_critique_cut_at_the_token_limit() {
        // given
        stub(sse(OpenAiWire.stream(List.of("{\"summary\": \"A solid story\", \"substance\": {\"sco"), "length", true)));

        // when
        LlmFailure failure = critiqueFails();

        // then: retrying would stop at the same limit, so it is not retried
        assertThat(requests()).hasSize(1);
        assertThat(failure.kind()).isEqualTo(FailureKind.TRUNCATED);
        assertThat(failure.note()).isEqualTo("The model stopped at the token limit before the critique was complete "
                + "(REHEARSE_LLM_MAX_TOKENS is 2048). Showing the offline analysis only.");
    }

    @Test
    void should_report_a_stream_whose_chunks_are_not_json() {
        // given
        stub(sse("data: {\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                + "data: {this is not json\n\n"));

        // when
        LlmFailure failure = askFails();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.MALFORMED);
        assertThat(failure.note()).isEqualTo("OpenAI-compatible (" + baseUrl() + ") sent a stream Rehearse could not read. "
                + "Showing the matching passages instead.");
    }

    @Test
    void should_report_a_connection_dropped_mid_stream() {
        // given
        stub(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        // when
        LlmFailure failure = askFails();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.TRUNCATED);
    }

    @Test
    void should_report_a_connection_reset_on_a_plain_call() {
        // given
        stub(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        // when
        LlmFailure failure = followUpsFail();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.TRUNCATED);
        assertThat(failure.note()).isEqualTo("The connection to OpenAI-compatible (" + baseUrl() + ") broke before the answer "
                + "was complete. Showing the offline analysis only.");
    }

    @Test
    void should_report_the_servers_reason_for_a_bad_request() {
        // given
        stub(json(400, OpenAiWire.error("Invalid schema for response_format 'LlmFollowUps'", "invalid_request_error", null)));

        // when
        LlmFailure failure = followUpsFail();

        // then
        assertThat(failure.kind()).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(failure.note()).contains("refused the request (HTTP 400): Invalid schema for response_format 'LlmFollowUps'.");
    }

    @Test
    void should_keep_retry_after_waits_within_the_policy() {
        // a unit check of the policy the transport uses, beside the wire tests above
        var policy = dev.rehearse.llm.transport.RetryPolicy.of(2);
        assertThat(policy.delayBeforeRetry(0, 429, java.util.Optional.of(Duration.ofSeconds(3)))).contains(Duration.ofSeconds(3));
        assertThat(policy.delayBeforeRetry(0, 429, java.util.Optional.of(Duration.ofSeconds(60)))).isEmpty();
        assertThat(policy.delayBeforeRetry(2, 503, java.util.Optional.empty())).isEmpty();
        assertThat(policy.delayBeforeRetry(1, 503, java.util.Optional.empty())).contains(Duration.ofSeconds(1));
        assertThat(policy.delayBeforeRetry(0, 401, java.util.Optional.empty())).isEmpty();
    }
}
