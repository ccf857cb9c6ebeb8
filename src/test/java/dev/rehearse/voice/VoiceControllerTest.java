package dev.rehearse.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.http.ApiException;
import dev.rehearse.http.ErrorResponse;
import dev.rehearse.service.Json;
import dev.rehearse.http.VoiceController;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/transcribe} and {@code DELETE /api/recordings/{id}} on a Javalin holding only this controller. */
@Tag("integration")
class VoiceControllerTest {

    private static final String SAID = "Um, I rebuilt the the payment pipeline at PayPal. Then we moved to Kafka streaming.";
    private static final String TIMELINE = "{\"durationMs\":7526,\"speakingMs\":5526,\"pauses\":[{\"startMs\":3441,\"durationMs\":2000}]}";

    @TempDir
    Path dataDir;

    private final List<String> sentTypes = new ArrayList<>();

    private Javalin app(Optional<Transcriber> transcriber, boolean keepAudio) {
        VoiceSettings settings = new VoiceSettings(SttProvider.OPENAI, "http://127.0.0.1:9/v1", null, "whisper-1",
                Duration.ofSeconds(5), keepAudio);
        VoiceController controller = new VoiceController(transcriber, RecordingStore.inDataDir(dataDir, settings));
        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.jetty.multipartConfig.maxFileSize(30, SizeUnit.MB);
            cfg.jetty.multipartConfig.maxTotalRequestSize(31, SizeUnit.MB);
            controller.routes(cfg.routes);
            // as RehearseServer answers an ApiException
            cfg.routes.exception(ApiException.class, (e, ctx) ->
                    ctx.status(e.status()).json(new ErrorResponse(e.status(), e.code(), e.getMessage())));
        });
    }

    private Javalin app(String transcript) {
        return app(Optional.of((audio, type) -> {
            sentTypes.add(type);
            return new TranscriptionOutcome.Transcribed(transcript);
        }), false);
    }

    /** One part of a multipart body. */
    private record Part(String name, String fileName, String type, byte[] content) {
        static Part file(String name, String type, byte[] content) {
            return new Part(name, "recording", type, content);
        }

        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Response post(HttpClient client, Part... parts) throws IOException {
        String boundary = "----rehearse-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\"");
            if (p.fileName() != null) {
                head.append("; filename=\"").append(p.fileName()).append("\"");
            }
            head.append("\r\n");
            if (p.type() != null) {
                head.append("Content-Type: ").append(p.type()).append("\r\n");
            }
            head.append("\r\n");
            body.write(head.toString().getBytes(StandardCharsets.UTF_8));
            body.write(p.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        return client.request("/api/transcribe", b -> b.post(BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    private static JsonNode json(Response response, int expectedStatus) throws IOException {
        String body = response.body().string();
        assertThat(response.code()).as(body).isEqualTo(expectedStatus);
        assertThat(String.join(",", response.headers().get("Content-Type"))).startsWith("application/json");
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        return Json.MAPPER.readTree(body);
    }

    private static byte[] wav() throws IOException {
        return AudioMeasurerTest.fixture("answer-with-pause.wav");
    }

    @Test
    void should_answer_the_transcript_and_figures_when_the_page_sends_audio_and_its_timeline() {
        JavalinTest.test(app(SAID), (server, client) -> {
            // when
            JsonNode figures = json(post(client, Part.file("audio", "audio/webm;codecs=opus", new byte[]{1, 2, 3}),
                    Part.field("timeline", TIMELINE), Part.field("minSeconds", "5"), Part.field("maxSeconds", "30")), 200);

            // then 15 words in 7.526 s
            assertThat(figures.get("text").asText()).isEqualTo(SAID);
            assertThat(figures.get("durationMs").asLong()).isEqualTo(7526);
            assertThat(figures.get("wordsPerMinute").asInt()).isEqualTo(120);
            assertThat(figures.get("pace").asText()).isEqualTo("within");
            assertThat(figures.get("length").asText()).isEqualTo("within");
            assertThat(figures.get("pauses")).hasSize(1);
            assertThat(figures.get("pauses").get(0).get("startMs").asLong()).isEqualTo(3441);
            assertThat(figures.get("fillers").get(0).get("word").asText()).isEqualTo("um");
            assertThat(figures.get("restarts").asInt()).isEqualTo(1);
            assertThat(figures.has("note")).isFalse();
            assertThat(figures.has("recordingId")).isFalse();
            assertThat(sentTypes).containsExactly("audio/webm;codecs=opus");
        });
    }

    @Test
    void should_measure_length_and_pause_from_the_wav_when_audio_comes_alone() {
        JavalinTest.test(app(SAID), (server, client) -> {
            // when
            JsonNode figures = json(post(client, Part.file("audio", "audio/wav", wav())), 200);

            // then
            assertThat(figures.get("durationMs").asLong()).isEqualTo(7526);
            assertThat(figures.get("pauses")).hasSize(1);
            assertThat(figures.get("pauses").get(0).get("startMs").asLong()).isBetween(3141L, 3741L);
            assertThat(figures.has("note")).isFalse();
        });
    }

    @Test
    void should_leave_out_the_timed_figures_with_a_note_when_audio_comes_alone_in_a_format_not_decoded() {
        JavalinTest.test(app(SAID), (server, client) -> {
            // when
            JsonNode figures = json(post(client, Part.file("audio", "audio/webm", new byte[]{0x1a, 0x45, (byte) 0xdf, (byte) 0xa3})), 200);

            // then
            assertThat(figures.has("durationMs")).isFalse();
            assertThat(figures.has("wordsPerMinute")).isFalse();
            assertThat(figures.has("pauses")).isFalse();
            assertThat(figures.get("note").asText()).contains("not measured").contains("audio/webm");
            assertThat(figures.get("text").asText()).isEqualTo(SAID);
        });
    }

    @Test
    void should_refuse_with_415_when_the_part_is_not_audio() {
        JavalinTest.test(app(SAID), (server, client) -> {
            JsonNode error = json(post(client, Part.file("audio", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))), 415);
            assertThat(error.get("message").asText()).contains("text/plain");
            assertThat(sentTypes).isEmpty();
        });
    }

    @Test
    void should_refuse_with_400_when_the_audio_is_empty_or_missing() {
        JavalinTest.test(app(SAID), (server, client) -> {
            assertThat(json(post(client, Part.file("audio", "audio/webm", new byte[0])), 400).get("message").asText())
                    .contains("empty");
            assertThat(json(post(client, Part.field("timeline", TIMELINE)), 400).get("message").asText())
                    .contains("'audio'");
            assertThat(json(post(client, Part.file("audio", "audio/webm", new byte[]{1}), Part.field("timeline", "{\"durationMs\":\"x\"}")), 400)
                    .get("message").asText()).contains("timeline.durationMs");
        });
    }

    @Test
    void should_refuse_with_413_naming_the_limit_when_the_recording_is_over_25_mb_or_10_minutes() {
        JavalinTest.test(app(SAID), (server, client) -> {
            byte[] tooBig = new byte[(int) VoiceController.MAX_AUDIO_BYTES + 1];
            assertThat(json(post(client, Part.file("audio", "audio/webm", tooBig)), 413).get("message").asText())
                    .contains("25 MB");
            byte[] farTooBig = new byte[(int) VoiceController.MAX_AUDIO_BYTES + 1_000_000];
            assertThat(json(post(client, Part.file("audio", "audio/webm", farTooBig)), 413).get("message").asText())
                    .contains("25 MB");
            String elevenMinutes = "{\"durationMs\":660000,\"speakingMs\":600000,\"pauses\":[]}";
            assertThat(json(post(client, Part.file("audio", "audio/webm", new byte[]{1}), Part.field("timeline", elevenMinutes)), 413)
                    .get("message").asText()).contains("10 minutes");
            assertThat(sentTypes).isEmpty();
        });
    }

    @Test
    void should_say_transcription_is_off_and_typing_works_when_none_is_configured() {
        JavalinTest.test(app(Optional.empty(), false), (server, client) -> {
            JsonNode error = json(post(client, Part.file("audio", "audio/webm", new byte[]{1})), 503);
            assertThat(error.get("error").asText()).isEqualTo("transcription_off");
            assertThat(error.get("message").asText()).contains("REHEARSE_STT").contains("Type your answer");
        });
    }

    @Test
    void should_pass_on_the_wait_when_the_provider_rate_limits() {
        Transcriber limited = (audio, type) -> new TranscriptionOutcome.Failed(TranscriptionOutcome.Kind.RATE_LIMITED,
                "The transcription server is rate limiting requests (HTTP 429). It asked to wait 7 s.", Duration.ofSeconds(7));
        JavalinTest.test(app(Optional.of(limited), false), (server, client) -> {
            Response response = post(client, Part.file("audio", "audio/webm", new byte[]{1}), Part.field("timeline", TIMELINE));
            assertThat(String.join(",", response.headers().get("Retry-After"))).isEqualTo("7");
            JsonNode error = json(response, 429);
            assertThat(error.get("message").asText()).contains("wait 7 s").contains("try again");
        });
    }

    @Test
    void should_keep_the_recording_and_delete_it_on_request_when_keeping_is_on() {
        JavalinTest.test(app(Optional.of((audio, type) -> new TranscriptionOutcome.Transcribed(SAID)), true), (server, client) -> {
            // given
            JsonNode figures = json(post(client, Part.file("audio", "audio/wav", wav())), 200);
            String id = figures.get("recordingId").asText();
            assertThat(files()).containsExactly(dataDir.resolve("audio").resolve(id + ".wav"));
            assertThat(Files.readAllBytes(files().get(0))).isEqualTo(wav());

            // when
            Response deleted = client.request("/api/recordings/" + id, b -> b.delete(BodyPublishers.noBody()));

            // then
            assertThat(deleted.code()).isEqualTo(204);
            assertThat(files()).isEmpty();
            assertThat(json(client.request("/api/recordings/" + id, b -> b.delete(BodyPublishers.noBody())), 404).get("message").asText()).contains(id);
            assertThat(json(client.request("/api/recordings/..%2F..%2Fetc", b -> b.delete(BodyPublishers.noBody())), 404)).isNotNull();
        });
    }

    @Test
    void should_keep_nothing_on_disk_when_keeping_is_off() {
        JavalinTest.test(app(SAID), (server, client) -> {
            json(post(client, Part.file("audio", "audio/wav", wav())), 200);
            assertThat(Files.exists(dataDir.resolve("audio"))).isFalse();
        });
    }

    private List<Path> files() throws IOException {
        Path folder = dataDir.resolve("audio");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

}
