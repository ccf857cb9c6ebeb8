package dev.rehearse.voice;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.rehearse.testing.CapturedStderr;
import dev.rehearse.voice.TranscriptionOutcome.Failed;
import dev.rehearse.voice.TranscriptionOutcome.Kind;
import dev.rehearse.voice.TranscriptionOutcome.Transcribed;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The OpenAI {@code /v1/audio/transcriptions} wire format (multipart up, JSON down) against WireMock on loopback. */
@Tag("integration")
class TranscriptionWireTest {

    private static final String KEY = "sk-test-transcription-key-0123456789";
    private static final String PATH = "/v1/audio/transcriptions";

    private WireMockServer server;
    private byte[] wav;

    @BeforeEach
    void start() throws IOException {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        wav = AudioMeasurerTest.fixture("answer-with-pause.wav");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private OpenAiTranscriber transcriber(Duration timeout) {
        String baseUrl = "http://127.0.0.1:" + server.port() + "/v1";
        return new OpenAiTranscriber(new VoiceSettings(SttProvider.OPENAI, baseUrl, KEY, "whisper-1", timeout, false));
    }

    private void stub(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }

    @Test
    void should_send_the_recording_with_the_disfluency_prompt_and_return_the_text_when_the_server_answers() {
        // given
        stub(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"text\":\"I rebuilt the payment pipeline, um, at PayPal. Then we moved to Kafka streaming.\"}"));

        // when
        TranscriptionOutcome outcome = transcriber(Duration.ofSeconds(10)).transcribe(wav, "audio/wav");

        // then
        assertThat(outcome).isEqualTo(new Transcribed(
                "I rebuilt the payment pipeline, um, at PayPal. Then we moved to Kafka streaming."));
        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart().withName("model").withBody(equalTo("whisper-1")).build())
                .withRequestBodyPart(aMultipart().withName("prompt").withBody(containing("Umm")).build())
                .withRequestBodyPart(aMultipart().withName("file").build()));
        byte[] sent = server.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getPart("file").getBody().asBytes();
        assertThat(sent).isEqualTo(wav);
    }

    @Test
    void should_say_to_check_the_key_without_showing_it_when_the_server_answers_401() {
        // given a server that quotes the key back, as some proxies do
        stub(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\",\"type\":\"invalid_request_error\"}}"));

        // when
        Failed failed;
        try (CapturedStderr log = CapturedStderr.start()) {
            failed = (Failed) transcriber(Duration.ofSeconds(10)).transcribe(wav, "audio/wav");

            // then
            assertThat(failed.kind()).isEqualTo(Kind.AUTH);
            assertThat(failed.note()).contains("HTTP 401").contains("STT_API_KEY").doesNotContain(KEY);
            assertThat(log.linesContaining("Transcription failed")).isNotEmpty();
            assertThat(log.linesContaining(KEY)).isEmpty();
            assertThat(log.linesContaining("sk-test")).isEmpty();
        }
    }

    @Test
    void should_say_how_long_to_wait_when_the_server_answers_429_with_retry_after() {
        // given
        stub(aResponse().withStatus(429).withHeader("Retry-After", "7").withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"));

        // when
        Failed failed = (Failed) transcriber(Duration.ofSeconds(10)).transcribe(wav, "audio/wav");

        // then asked once, not retried behind the candidate's back
        assertThat(failed.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failed.note()).contains("HTTP 429").contains("wait 7 s");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_report_a_server_error_when_the_server_answers_500() {
        // given
        stub(aResponse().withStatus(500).withBody("upstream exploded\n\tat com.example.Whisper.run(Whisper.java:42)"));

        // when
        Failed failed = (Failed) transcriber(Duration.ofSeconds(10)).transcribe(wav, "audio/wav");

        // then
        assertThat(failed.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failed.note()).contains("HTTP 500").doesNotContain("Whisper.java").doesNotContain("\tat ");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_time_out_with_a_note_when_the_server_sends_no_answer_in_time() {
        // given headers held back past the 1 s timeout
        stub(aResponse().withFixedDelay(5_000).withHeader("Content-Type", "application/json").withBody("{\"text\":\"late\"}"));

        // when
        Failed failed = (Failed) transcriber(Duration.ofSeconds(1)).transcribe(wav, "audio/wav");

        // then
        assertThat(failed.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failed.note()).contains("1 s").contains("REHEARSE_STT_TIMEOUT");
    }

    @Test
    void should_time_out_with_a_note_when_the_server_stalls_after_its_headers() {
        // given the headers at once, then the body dribbled out over 5 s
        stub(aResponse().withHeader("Content-Type", "application/json").withBody("{\"text\":\"a slow transcript\"}")
                .withChunkedDribbleDelay(5, 5_000));

        // when
        Failed failed = (Failed) transcriber(Duration.ofSeconds(1)).transcribe(wav, "audio/wav");

        // then
        assertThat(failed.kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void should_say_the_server_is_unreachable_when_nothing_listens() throws IOException {
        // given a port that was free a moment ago
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        OpenAiTranscriber transcriber = new OpenAiTranscriber(new VoiceSettings(SttProvider.OPENAI,
                "http://127.0.0.1:" + port + "/v1", KEY, "whisper-1", Duration.ofSeconds(5), false));

        // when
        Failed failed = (Failed) transcriber.transcribe(wav, "audio/wav");

        // then
        assertThat(failed.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failed.note()).contains("STT_BASE_URL");
    }
}
