package dev.rehearse.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.http.VoiceController;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.voice.OpenAiTranscriber;
import dev.rehearse.voice.RecordingStore;
import dev.rehearse.voice.VoiceSettings;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the page's voice tests share: a transcription server on loopback speaking OpenAI's
 * {@code /v1/audio/transcriptions} format, a browser microphone that plays the recorded fixture once, and the
 * server as {@code serve} assembles it with transcription on.
 */
final class VoiceFixture {

    /** What the stub transcribes every recording to. */
    static final String TRANSCRIPT = "Um, I rebuilt the payment pipeline at PayPal. Then we moved to Kafka streaming.";
    static final String PATH = "/v1/audio/transcriptions";

    private VoiceFixture() {
    }

    /** A started transcription stub that answers every recording with {@link #TRANSCRIPT}. */
    static WireMockServer whisper() {
        WireMockServer whisper = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        whisper.start();
        whisper.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"text\":\"" + TRANSCRIPT + "\"}")));
        return whisper;
    }

    /** Chromium's flags for a microphone that plays the fixture (src/test/resources/voice/README.md) once. */
    static List<String> fakeMicrophone() {
        Path wav;
        try {
            wav = Path.of(VoiceFixture.class.getResource("/voice/answer-with-pause.wav").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + wav.toAbsolutePath() + "%noloop");
    }

    /** The server as {@code serve} assembles it with transcription on, offline coach, on a random port. */
    record VoiceServer(RehearseServer server) implements AutoCloseable {

        static VoiceServer start(Path dataDir, AttemptStore store, WireMockServer whisper) {
            RehearseService service = RehearseApp.offline(BundledKnowledge.index(), store);
            VoiceSettings settings = VoiceSettings.from(Env.of(Map.of(VoiceSettings.PROVIDER, "openai",
                    VoiceSettings.BASE_URL, whisper.baseUrl() + "/v1", VoiceSettings.API_KEY, "test-key",
                    VoiceSettings.MODEL, "whisper-1")));
            VoiceController voice = new VoiceController(Optional.of(new OpenAiTranscriber(settings)),
                    RecordingStore.inDataDir(dataDir, settings), service.spokenAnswers());
            ServerSettings server = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir);
            return new VoiceServer(new RehearseServer(server, service, voice).start());
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.javalin().port() + path;
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
