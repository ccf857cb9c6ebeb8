package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
}
