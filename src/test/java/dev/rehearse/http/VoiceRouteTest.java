package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.Json;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.voice.RecordingStore;
import dev.rehearse.voice.TranscriptionOutcome;
import dev.rehearse.voice.VoiceSettings;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server serves voice practice: {@code /api/transcribe} is routed, answers as JSON and says when it is off. */
@Tag("integration")
class VoiceRouteTest {

    @TempDir
    Path data;

    @Test
    void should_route_a_recording_to_the_voice_controller_and_say_transcription_is_off_when_not_configured() {
        // given: the server as serve builds it without REHEARSE_STT
        try (AttemptStore store = AttemptStore.inDataDir(data)) {
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data),
                    RehearseApp.offline(BundledKnowledge.index(), store));
            JavalinTest.test(server.javalin(), (app, client) -> {
                String boundary = "----rehearse-route-test";
                byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.webm\"\r\n"
                        + "Content-Type: audio/webm\r\n\r\nxx\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

                // when
                Response response = client.request("/api/transcribe", b -> b.post(BodyPublishers.ofByteArray(body))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary));

                // then: the voice controller's own answer, with the server's security headers
                String text = response.body().string();
                assertThat(response.code()).as(text).isEqualTo(503);
                JsonNode error = Json.MAPPER.readTree(text);
                assertThat(error.get("error").asText()).isEqualTo("transcription_off");
                assertThat(String.join(",", response.headers().get("Content-Security-Policy"))).isNotBlank();
            });
        }
    }

    private static final String SAID = "Um, I rebuilt the payment pipeline at PayPal. Then we moved to Kafka streaming.";
    private static final String QUESTION = "Tell me about a pipeline you rebuilt.";

    @Test
    void should_judge_a_spoken_draft_by_the_figures_the_server_measured_and_chart_them_when_saved() {
        // given: transcription on (a transcriber answering with a fixed transcript) and the critique sharing its figures
        try (AttemptStore store = AttemptStore.inDataDir(data)) {
            RehearseService service = RehearseApp.offline(BundledKnowledge.index(), store);
            VoiceController voice = new VoiceController(Optional.of((audio, type) -> new TranscriptionOutcome.Transcribed(SAID)),
                    RecordingStore.inDataDir(data, VoiceSettings.none()), service.spokenAnswers());
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data), service, voice);
            JavalinTest.test(server.javalin(), (app, client) -> {
                JsonNode status = Json.MAPPER.readTree(client.get("/api/voice").body().string());
                assertThat(status.get("transcription").asBoolean()).isTrue();
                assertThat(status.has("howToEnable")).isFalse();

                // when: 14 words over 30 s with one 2 s pause are transcribed, then critiqued and saved
                JsonNode spoken = Json.MAPPER.readTree(transcribe(client,
                        "{\"durationMs\":30000,\"speakingMs\":28000,\"pauses\":[{\"startMs\":3000,\"durationMs\":2000}]}"));
                Response critique = client.post("/api/critique", "{\"question\":\"" + QUESTION + "\",\"draft\":\"" + SAID
                        + " It cut the run from six hours to forty minutes.\",\"save\":true,\"spokenId\":\""
                        + spoken.get("spokenId").asText() + "\"}");

                // then: the delivery is the recording's, measured, and the edited draft is critiqued
                String text = critique.body().string();
                assertThat(critique.code()).as(text).isEqualTo(200);
                JsonNode delivery = Json.MAPPER.readTree(text).get("delivery");
                assertThat(delivery.get("speakingSeconds").asInt()).isEqualTo(30);
                assertThat(delivery.get("length").asText()).isEqualTo("far-too-short");
                JsonNode measured = delivery.get("spoken");
                assertThat(measured.get("transcript").asText()).isEqualTo(SAID);
                assertThat(measured.get("wordsPerMinute").asInt()).isEqualTo(28);
                assertThat(measured.get("pauses").asInt()).isEqualTo(1);
                assertThat(measured.get("longestPauseMs").asLong()).isEqualTo(2000);
                assertThat(measured.get("fillers").asInt()).isEqualTo(1);
                assertThat(measured.get("fillersPerMinute").asDouble()).isEqualTo(2.0);
                assertThat(Json.MAPPER.readTree(text).get("scores").toString()).contains("Slow: 28 words a minute, measured");

                // and the history carries the spoken attempt's figures for the chart
                JsonNode history = Json.MAPPER.readTree(client.get("/api/attempts?question="
                        + URLEncoder.encode(QUESTION, StandardCharsets.UTF_8)).body().string());
                JsonNode attempt = history.get("attempts").get(0);
                assertThat(attempt.get("wordsPerMinute").asInt()).isEqualTo(28);
                assertThat(attempt.get("fillersPerMinute").asDouble()).isEqualTo(2.0);
            });
        }
    }

    @Test
    void should_refuse_a_spoken_draft_whose_recording_the_server_does_not_hold() {
        // given
        try (AttemptStore store = AttemptStore.inDataDir(data)) {
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data),
                    RehearseApp.offline(BundledKnowledge.index(), store));
            JavalinTest.test(server.javalin(), (app, client) -> {
                // when
                Response response = client.post("/api/critique", "{\"question\":\"" + QUESTION + "\",\"draft\":\"" + SAID
                        + "\",\"spokenId\":\"0b9e1d8e-0000-4000-8000-000000000000\"}");

                // then: a 400 that says what to do, and the typed draft is still judged without it
                JsonNode error = Json.MAPPER.readTree(response.body().string());
                assertThat(response.code()).isEqualTo(400);
                assertThat(error.get("error").asText()).isEqualTo("spoken_unknown");
                assertThat(error.get("message").asText()).contains("record the answer again");
                Response typed = client.post("/api/critique", "{\"question\":\"" + QUESTION + "\",\"draft\":\"" + SAID + "\"}");
                JsonNode delivery = Json.MAPPER.readTree(typed.body().string()).get("delivery");
                assertThat(delivery.has("spoken")).isFalse();
                // the page plays a recording back from a blob: URL, which the policy allows for media only
                assertThat(String.join(",", typed.headers().get("Content-Security-Policy"))).contains("media-src 'self' blob:");
            });
        }
    }

    /** POST /api/transcribe with a two-byte recording labelled audio/webm (the transcriber ignores it) and a timeline. */
    private static String transcribe(HttpClient client, String timeline) throws IOException {
        String boundary = "----rehearse-route-test";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.webm\"\r\n"
                + "Content-Type: audio/webm\r\n\r\nxx\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"timeline\"\r\n\r\n"
                + timeline + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Response response = client.request("/api/transcribe", b -> b.post(BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
        String text = response.body().string();
        assertThat(response.code()).as(text).isEqualTo(200);
        return text;
    }
}
