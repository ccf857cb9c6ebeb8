package dev.rehearse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.http.VoiceController;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.service.Json;
import dev.rehearse.service.RehearseService;
import dev.rehearse.text.Words;
import dev.rehearse.voice.RecordingStore;
import dev.rehearse.voice.TranscriptionOutcome;
import dev.rehearse.voice.VoiceSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The server's own time to take a 2-minute spoken answer to a critique, the transcription provider's time left
 * out: the transcriber answers at once with a fixed transcript of about 320 words (the critique benchmark's draft
 * with fillers and a restart). Through
 * the real HTTP server on loopback: {@code POST /api/transcribe} (the multipart upload of a 2-minute 16 kHz WAV,
 * 3.8 MB, and the figures), then {@code POST /api/critique} with the {@code spokenId} (the offline critique with the
 * measured delivery). Two ways in: with the page's timeline, and the audio alone, where the server decodes the WAV
 * to measure the pauses itself. Not a test: run it with the command in docs/benchmarks.md.
 */
public final class VoiceBenchmark {

    private static final String QUESTION = "Tell me about a time you improved a slow data pipeline.";
    private static final int RATE = 16_000;
    private static final int SECONDS = 120;

    private VoiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String transcript = transcript();
        byte[] wav = wav();
        // the page's timeline for the same recording: speech with a 2 s pause every 20 s
        String timeline = "{\"durationMs\":120000,\"speakingMs\":108000,\"pauses\":["
                + "{\"startMs\":18000,\"durationMs\":2000},{\"startMs\":38000,\"durationMs\":2000},"
                + "{\"startMs\":58000,\"durationMs\":2000},{\"startMs\":78000,\"durationMs\":2000},"
                + "{\"startMs\":98000,\"durationMs\":2000}]}";
        System.out.printf(Locale.ROOT, "transcript %d words, recording %d s, %.1f MB, %d cores, Java %s%n",
                Words.count(transcript), SECONDS, wav.length / 1e6, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Path data = Files.createTempDirectory("rehearse-bench-voice");
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of("knowledge"), data.resolve("index"), new MiniLmEmbedder());
             AttemptStore store = AttemptStore.inDataDir(data)) {
            RehearseService service = RehearseApp.offline(index, store);
            VoiceController voice = new VoiceController(Optional.of((audio, type) -> new TranscriptionOutcome.Transcribed(transcript)),
                    RecordingStore.inDataDir(data, VoiceSettings.none()), service.spokenAnswers());
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, Path.of("knowledge"), data), service, voice).start();
            try {
                String base = "http://127.0.0.1:" + server.javalin().port();
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                measure("with the page's timeline", runs, http, base, wav, timeline);
                measure("audio alone (server decodes the WAV)", runs, http, base, wav, null);
            } finally {
                server.stop();
            }
        }
    }

    private static void measure(String label, int runs, HttpClient http, String base, byte[] wav, String timeline) throws Exception {
        long[] transcribe = new long[runs];
        long[] critique = new long[runs];
        long[] total = new long[runs];
        for (int i = -runs / 4; i < runs; i++) {
            long t0 = System.nanoTime();
            JsonNode spoken = post(http, base + "/api/transcribe", multipart(wav, timeline));
            long t1 = System.nanoTime();
            // a different edit each time, so nothing downstream can answer from a cache
            String draft = spoken.get("text").asText() + " It saved " + (11 + i % 9973) + " minutes a night.";
            String body = Json.MAPPER.writeValueAsString(java.util.Map.of("question", QUESTION, "draft", draft,
                    "spokenId", spoken.get("spokenId").asText()));
            JsonNode report = post(http, base + "/api/critique", HttpRequest.BodyPublishers.ofString(body), "application/json");
            long t2 = System.nanoTime();
            if (!report.path("delivery").has("spoken")) {
                throw new IllegalStateException("the critique did not use the recording: " + report.path("delivery"));
            }
            if (i >= 0) {
                transcribe[i] = t1 - t0;
                critique[i] = t2 - t1;
                total[i] = t2 - t0;
            }
        }
        report(label + ": POST /api/transcribe", transcribe);
        report(label + ": POST /api/critique with spokenId", critique);
        report(label + ": recording to critique", total);
    }

    private static final String BOUNDARY = "----rehearse-bench-boundary";

    private static JsonNode post(HttpClient http, String url, Part body) throws Exception {
        return post(http, url, HttpRequest.BodyPublishers.ofByteArray(body.bytes()), "multipart/form-data; boundary=" + BOUNDARY);
    }

    private static JsonNode post(HttpClient http, String url, HttpRequest.BodyPublisher body, String type) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.MAPPER.readTree(response.body());
    }

    private record Part(byte[] bytes) {
    }

    private static Part multipart(byte[] wav, String timeline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"answer.wav\"\r\n"
                + "Content-Type: audio/wav\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(wav);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        if (timeline != null) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"timeline\"\r\n\r\n" + timeline + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Part(out.toByteArray());
    }

    /** The critique benchmark's 300-word draft as it might be said: with fillers and a restart. */
    private static String transcript() {
        String said = CritiqueBenchmark.draft(7);
        int second = said.indexOf(". ") + 2;
        return "Um, so, " + said.substring(0, second) + "I, I think the the key part was the join. Uh, " + said.substring(second);
    }

    /** A 2-minute 16 kHz mono 16-bit WAV: a voiced tone, silent for 2 s at the end of every 20 s. */
    private static byte[] wav() {
        int samples = RATE * SECONDS;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            double t = (double) i / RATE;
            boolean pause = t % 20 >= 18;
            b.putShort((short) (pause ? 0 : 8000 * Math.sin(2 * Math.PI * 180 * t) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * t))));
        }
        return b.array();
    }

    private static void report(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-70s runs %4d  p50 %7.1f ms  p99 %7.1f ms%n", label, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
    }
}
