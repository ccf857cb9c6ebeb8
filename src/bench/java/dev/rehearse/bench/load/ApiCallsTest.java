package dev.rehearse.bench.load;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load driver must count what users would call a failure, or its "0 errors" means nothing: these send its
 * requests to a WireMock server that answers badly on purpose.
 */
class ApiCallsTest {

    private static final String RESULT_STREAM = "event: token\ndata: {\"text\":\"Hi\"}\n\n"
            + "event: result\ndata: {\"answer\":\"Hi\"}\n\n";

    private WireMockServer server;
    private ApiCalls api;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        api = new ApiCalls(ApiCalls.client(), "http://127.0.0.1:" + server.port() + "/");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void should_count_an_error_when_search_answers_500() {
        // given
        server.stubFor(get(urlPathEqualTo("/api/search")).willReturn(aResponse().withStatus(500)
                .withBody("{\"status\":500,\"code\":\"internal_error\"}")));
        RequestStats stats = new RequestStats("search");

        // when
        api.search("why TheyDo", 10, stats);

        // then
        assertThat(stats.errors()).containsEntry("HTTP 500", 1);
        assertThat(stats.successes()).isZero();
        assertThat(stats.latencies()).isEmpty();
    }

    @Test
    void should_count_a_success_when_search_answers_hits() {
        // given
        server.stubFor(get(urlPathEqualTo("/api/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"query\":\"q\",\"mode\":\"hybrid\",\"hits\":[]}")));
        RequestStats stats = new RequestStats("search");

        // when
        api.search("why TheyDo", 10, stats);

        // then
        assertThat(stats.errorCount()).isZero();
        assertThat(stats.successes()).isEqualTo(1);
    }

    @Test
    void should_count_an_error_when_a_critique_answers_200_without_a_report() {
        // given
        server.stubFor(post(urlEqualTo("/api/critique")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>proxy error</html>")));
        RequestStats stats = new RequestStats("critique");

        // when
        api.critique("Why us?", "Because.", false, stats);

        // then
        assertThat(stats.errorCount()).isEqualTo(1);
        assertThat(stats.successes()).isZero();
    }

    @Test
    void should_count_an_error_when_the_model_critique_is_missing() {
        // given
        server.stubFor(post(urlEqualTo("/api/critique")).willReturn(aResponse().withStatus(200)
                .withBody("{\"scores\":{},\"llm\":null,\"llmNote\":{\"kind\":\"timeout\"}}")));
        RequestStats stats = new RequestStats("critique");

        // when
        api.critique("Why us?", "Because.", true, stats);

        // then
        assertThat(stats.errors()).containsEntry("no model critique: timeout", 1);
    }

    @Test
    void should_note_a_skipped_spelling_check_without_counting_an_error() {
        // given
        server.stubFor(post(urlEqualTo("/api/critique")).willReturn(aResponse().withStatus(200)
                .withBody("{\"scores\":{},\"language\":{\"status\":\"skipped\",\"reason\":\"busy\"}}")));
        RequestStats stats = new RequestStats("critique");

        // when
        api.critique("Why us?", "Because.", false, stats);

        // then
        assertThat(stats.errorCount()).isZero();
        assertThat(stats.notes()).containsEntry("spelling check skipped: busy", 1);
    }

    @Test
    void should_time_the_first_token_and_the_result_when_the_stream_is_whole() {
        // given
        server.stubFor(post(urlEqualTo("/api/ask")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(RESULT_STREAM)));
        RequestStats stats = new RequestStats("ask");

        // when
        api.streamedAsk("What do my notes say?", stats);

        // then
        assertThat(stats.errorCount()).isZero();
        assertThat(stats.firstTokens()).hasSize(1);
        assertThat(stats.latencies()).hasSize(1);
        assertThat(stats.firstTokens()[0]).isLessThanOrEqualTo(stats.latencies()[0]);
    }

    @Test
    void should_count_an_error_when_the_stream_ends_before_its_result() {
        // given
        server.stubFor(post(urlEqualTo("/api/ask")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody("event: token\ndata: {\"text\":\"Hi\"}\n\n")));
        RequestStats stats = new RequestStats("ask");

        // when
        api.streamedAsk("What do my notes say?", stats);

        // then
        assertThat(stats.errors()).containsEntry("stream ended before its result", 1);
        assertThat(stats.firstTokens()).isEmpty();
    }

    @Test
    void should_count_a_fallback_event_as_an_error_with_its_kind() {
        // given
        server.stubFor(post(urlEqualTo("/api/ask")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody("event: fallback\ndata: {\"kind\":\"unreachable\",\"note\":\"down\",\"retrieved\":[]}\n\n")));
        RequestStats stats = new RequestStats("ask");

        // when
        api.streamedAsk("What do my notes say?", stats);

        // then
        assertThat(stats.errors()).containsEntry("fallback: unreachable", 1);
    }

    @Test
    void should_count_every_request_the_server_received_when_the_loop_runs() throws Exception {
        // given: every third search fails
        server.stubFor(get(urlPathEqualTo("/api/search")).willReturn(aResponse().withStatus(200)
                .withBody("{\"hits\":[]}")));
        server.stubFor(get(urlEqualTo("/api/search?k=3&q=x")).atPriority(1).willReturn(aResponse().withStatus(503)));
        RequestStats stats = new RequestStats("search");

        // when
        Duration took = ClosedLoop.run(4, Duration.ofMillis(500), (client, n) -> api.search("x", n % 3 == 0 ? 3 : 10, stats), stats);

        // then
        int received = server.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api/search")).build()).getCount();
        assertThat(stats.requests()).isEqualTo(received).isPositive();
        assertThat(stats.errors()).containsOnlyKeys("HTTP 503");
        assertThat(stats.errorCount()).isEqualTo(server.countRequestsMatching(
                getRequestedFor(urlEqualTo("/api/search?k=3&q=x")).build()).getCount());
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }
}
