package dev.rehearse.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.Json;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.voice.OpenAiTranscriber;
import dev.rehearse.voice.RecordingStore;
import dev.rehearse.voice.VoiceSettings;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mock interview answered by voice through the API: the recording is transcribed by WireMock answering in OpenAI's
 * {@code /v1/audio/transcriptions} wire format, and the answer names it by {@code spokenId}. The server times the
 * answer by the recording and shows its pace and fillers in the debrief, from its own figures only.
 */
@Tag("integration")
class MockVoiceApiTest {

    private static final String PATH = "/v1/audio/transcriptions";
    /** 14 words with one filler; over the 30 s recording below, 28 words a minute and 2 fillers a minute. */
    private static final String SAID = "Um, I rebuilt the payment pipeline at PayPal. Then we moved to Kafka streaming.";
    private static final String TIMELINE = "{\"durationMs\":30000,\"speakingMs\":28000,\"pauses\":[{\"startMs\":3000,\"durationMs\":2000}]}";

    @TempDir
    Path dataDir;

    private WireMockServer whisper;

    @BeforeEach
    void startWhisper() {
        whisper = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        whisper.start();
        whisper.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"text\":\"" + SAID + "\"}")));
    }

    @AfterEach
    void stopWhisper() {
        whisper.stop();
    }

    @Test
    void should_time_a_spoken_answer_by_its_recording_and_show_its_pace_and_fillers_in_the_debrief() throws Exception {
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            JavalinTest.test(server(store).javalin(), (app, client) -> {
                // given: a one-question interview and the answer recorded and transcribed
                String id = start(client);
                String spokenId = transcribe(client).get("spokenId").asText();

                // when: the transcript is sent as the answer, naming its recording
                Response answered = client.post("/api/mock/" + id + "/answer",
                        "{\"answer\":\"" + SAID + "\",\"spokenId\":\"" + spokenId + "\"}");

                // then: the interview ends, and the debrief has the recording's time, pace and fillers
                String text = answered.body().string();
                assertThat(answered.code()).as(text).isEqualTo(200);
                JsonNode reply = Json.MAPPER.readTree(text);
                assertThat(reply.get("turn").get("kind").asText()).isEqualTo("end");
                JsonNode note = reply.get("debrief").get("answers").get(0);
                assertThat(note.get("seconds").asLong()).isEqualTo(30);
                JsonNode spoken = note.get("spoken");
                assertThat(spoken.get("durationMs").asLong()).isEqualTo(30000);
                assertThat(spoken.get("wordsPerMinute").asInt()).isEqualTo(28);
                assertThat(spoken.get("pace").asText()).isEqualTo("slow");
                assertThat(spoken.get("fillers").asInt()).isEqualTo(1);
                assertThat(spoken.get("fillersPerMinute").asDouble()).isEqualTo(2.0);
                assertThat(spoken.get("pauses").asInt()).isEqualTo(1);
                assertThat(spoken.get("longestPauseMs").asLong()).isEqualTo(2000);

                // and the stored transcript gives the answer the recording's length, marked as spoken
                JsonNode answer = candidateTurn(client, id);
                assertThat(answer.get("durationSeconds").asLong()).isEqualTo(30);
                assertThat(answer.get("spoken").asBoolean()).isTrue();
                assertThat(answer.get("text").asText()).isEqualTo(SAID);
                whisper.verify(1, postRequestedFor(urlEqualTo(PATH))
                        .withRequestBodyPart(aMultipart().withName("file").build())
                        .withRequestBodyPart(aMultipart().withName("model").withBody(containing("whisper-1")).build()));
            });
        }
    }

    @Test
    void should_leave_a_typed_answer_without_spoken_figures() throws Exception {
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            JavalinTest.test(server(store).javalin(), (app, client) -> {
                // given
                String id = start(client);

                // when
                Response answered = client.post("/api/mock/" + id + "/answer", "{\"answer\":\"" + SAID + "\"}");

                // then
                JsonNode note = Json.MAPPER.readTree(answered.body().string()).get("debrief").get("answers").get(0);
                assertThat(note.has("spoken")).isFalse();
                assertThat(candidateTurn(client, id).has("spoken")).isFalse();
            });
        }
    }

    @Test
    void should_refuse_an_answer_naming_a_recording_the_server_does_not_hold_and_keep_the_turn_waiting() throws Exception {
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            JavalinTest.test(server(store).javalin(), (app, client) -> {
                // given
                String id = start(client);
                String unknown = "0b9e1d8e-0000-4000-8000-000000000000";

                // when: the client names a recording it made up, hoping for a pace it never had
                Response answered = client.post("/api/mock/" + id + "/answer",
                        "{\"answer\":\"" + SAID + "\",\"spokenId\":\"" + unknown + "\"}");

                // then: a 400 naming the id, and the question is still waiting for its answer
                JsonNode error = Json.MAPPER.readTree(answered.body().string());
                assertThat(answered.code()).isEqualTo(400);
                assertThat(error.get("error").asText()).isEqualTo("spoken_unknown");
                assertThat(error.get("message").asText()).contains(unknown).contains("record the answer again");
                JsonNode session = Json.MAPPER.readTree(client.get("/api/mock/" + id).body().string());
                assertThat(session.get("status").asText()).isEqualTo("active");
                assertThat(session.get("transcript").findValuesAsText("role")).doesNotContain("candidate");
            });
        }
    }

    /** The server as {@code serve} assembles it with transcription through the stub, and the offline coach. */
    private RehearseServer server(AttemptStore store) {
        RehearseService service = RehearseApp.offline(BundledKnowledge.index(), store);
        VoiceSettings settings = VoiceSettings.from(Env.of(Map.of(VoiceSettings.PROVIDER, "openai",
                VoiceSettings.BASE_URL, whisper.baseUrl() + "/v1", VoiceSettings.API_KEY, "test-key",
                VoiceSettings.MODEL, "whisper-1")));
        VoiceController voice = new VoiceController(Optional.of(new OpenAiTranscriber(settings)),
                RecordingStore.inDataDir(dataDir, settings), service.spokenAnswers());
        return new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir), service, voice);
    }

    private static String start(HttpClient client) throws IOException {
        Response started = client.post("/api/mock", "{\"questions\":1,\"followUps\":0}");
        String text = started.body().string();
        assertThat(started.code()).as(text).isEqualTo(201);
        return Json.MAPPER.readTree(text).get("id").asText();
    }

    private static JsonNode candidateTurn(HttpClient client, String id) throws IOException {
        JsonNode transcript = Json.MAPPER.readTree(client.get("/api/mock/" + id).body().string()).get("transcript");
        for (JsonNode t : transcript) {
            if ("candidate".equals(t.get("role").asText())) {
                return t;
            }
        }
        throw new AssertionError("no answer in the transcript: " + transcript);
    }

    /** POST /api/transcribe with a small recording labelled audio/webm (the stub ignores it) and the page's timeline. */
    private static JsonNode transcribe(HttpClient client) throws IOException {
        String boundary = "----rehearse-mock-voice-test";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.webm\"\r\n"
                + "Content-Type: audio/webm\r\n\r\nxx\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"timeline\"\r\n\r\n"
                + TIMELINE + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Response response = client.request("/api/transcribe", b -> b.post(BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
        String text = response.body().string();
        assertThat(response.code()).as(text).isEqualTo(200);
        return Json.MAPPER.readTree(text);
    }
}
