package dev.rehearse.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.Main;
import dev.rehearse.service.AnalysisDeadline;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.ChildJvm;
import dev.rehearse.testing.FolderSnapshot;
import dev.rehearse.testing.Patience;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse serve} stopped with SIGTERM (as by Ctrl+C or a service manager) while it is busy analysing, then
 * started again on the same knowledge and data folders. The probe behind this test found a server that could not
 * be stopped while a slow analysis ran, and a restart that then failed on the search index's lock. Here the real
 * server runs in a JVM of its own, with the spelling check loaded; three drafts at the length limit keep it busy,
 * and the signal is sent once a thread dump of the server shows an analysis running.
 */
@Tag("integration")
class BusyServeRestartTest {

    private static final String RUNNING = "Rehearse is running at ";
    /** The frame every analysis runs under while the server counts it as running. */
    private static final String ANALYSING = "dev.rehearse.service.AnalysisDeadline.run";
    private static final int BUSY_DRAFTS = 3;
    private static final String SAVED_DRAFT = "I rebuilt the nightly ingestion pipeline so a failed aggregation could be"
            + " rerun alone; late reports fell from twelve a week to two.";

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void should_end_within_seconds_and_restart_on_the_same_folders_when_stopped_with_sigterm_while_analysing()
            throws Exception {
        // given: serve on a copy of the bundled knowledge, one attempt saved, the spelling check loaded
        Path knowledge = work.resolve("knowledge");
        FolderSnapshot.copy(BundledKnowledge.FOLDER, knowledge);
        Path data = work.resolve("data");
        Path home = Files.createDirectories(work.resolve("home"));
        long savedId;
        List<CompletableFuture<HttpResponse<String>>> busy = new ArrayList<>();
        try (ChildJvm server = serve(home, knowledge, data)) {
            String base = baseUrl(server);
            savedId = save(base);
            await("the spelling check to load").atMost(Patience.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> get(base + "/api/config").at("/language/ready").asBoolean());
            for (int i = 0; i < BUSY_DRAFTS; i++) {
                busy.add(http.sendAsync(critique(base, longDraft(i)), HttpResponse.BodyHandlers.ofString()));
            }
            await("an analysis to be running").atMost(Patience.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .failFast("every draft was answered before an analysis was seen running",
                            () -> busy.stream().allMatch(CompletableFuture::isDone))
                    .until(() -> threadDump(server).contains(ANALYSING));

            // when: SIGTERM, as Process.destroy() sends on Linux
            int exit = server.terminate(Duration.ofSeconds(5));

            // then: the process ended by the signal within a few seconds (stretched by Patience), and the stopped
            // analyses were logged as no error and with no stack trace
            assertThat(exit).as("exit status after SIGTERM").isEqualTo(143);
            assertThat(server.stderr()).doesNotContain("[ERROR]").doesNotContain("\tat ");
        }
        // and no client is left waiting: each busy request was answered or its connection closed
        List<String> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> pending : busy) {
            await("a busy request to end").atMost(Patience.ofSeconds(10)).until(pending::isDone);
            answers.add(pending.handle((r, failure) -> r != null ? r.statusCode() + " " + r.body()
                    : "no answer: " + (failure.getCause() == null ? failure : failure.getCause())).join());
        }
        System.out.printf("busy serve: SIGTERM while analysing; the busy requests got %s%n", answers);
        assertThat(answers).as("the signal came while at least one draft was still being analysed")
                .anySatisfy(answer -> assertThat(answer).doesNotStartWith("200 "));

        // when: serve again on the same folders
        try (ChildJvm again = serve(home, knowledge, data)) {
            String base = baseUrl(again);

            // then: the index opened (no lock left behind), search answers, and the saved attempt is there
            JsonNode health = get(base + "/api/health");
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.get("index").asText()).isEqualTo("ready");
            assertThat(health.get("files").asInt()).isEqualTo(FolderSnapshot.of(knowledge).size());
            JsonNode hits = get(base + "/api/search?q=ingestion%20pipeline").get("hits");
            assertThat(hits).isNotEmpty();
            assertThat(hits.get(0).get("source").asText()).isNotBlank();
            JsonNode saved = get(base + "/api/attempts/" + savedId);
            assertThat(saved.get("draft").asText()).isEqualTo(SAVED_DRAFT);
            assertThat(again.stderr()).doesNotContain("LockObtainFailedException").doesNotContain("write.lock");
            again.terminate(Duration.ofSeconds(30));
        }
    }

    private static ChildJvm serve(Path home, Path knowledge, Path data) throws IOException {
        // all the time in the world for an analysis: the first one trains the sentence-role model, which has taken
        // over a minute on a loaded machine, and only the signal should end the busy ones
        return ChildJvm.start(home, List.of("-Xmx768m"), Map.of(AnalysisDeadline.TIMEOUT, "3600"), Main.class,
                List.of("serve", "--port", "0", "--knowledge", knowledge.toString(), "--data-dir", data.toString()));
    }

    private static String baseUrl(ChildJvm server) throws InterruptedException {
        String ready = server.awaitLines(l -> l.startsWith(RUNNING), 1, Duration.ofSeconds(120)).get(0);
        return ready.replaceAll("^" + RUNNING + "(http://[^/ ]+)/.*$", "$1");
    }

    /** Saves a critique and gives back the attempt's id, which the server answers only once the save is durable. */
    private long save(String base) throws Exception {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("questionId", "restart");
        body.put("question", "Tell me about a time you improved a slow pipeline");
        body.put("draft", SAVED_DRAFT);
        body.put("save", true);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/critique"))
                        .header("Content-Type", "application/json").timeout(Patience.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body()).get("attemptId").asLong();
    }

    private static HttpRequest critique(String base, String draft) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("question", "Tell me about a time you improved a slow pipeline");
        body.put("draft", draft);
        return HttpRequest.newBuilder(URI.create(base + "/api/critique")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /**
     * A draft at the 20,000-character limit: hundreds of sentences for the role reader to embed, and the most text
     * the spelling check takes. Each differs, so nothing is served from a cache.
     */
    private static String longDraft(int which) {
        String sentence = "In round " + which + " I rebuilt the ingestion pipeline at PayPal because the nightly batch"
                + " kept failing, and we measured a drop in late reports from twelve a week to two. ";
        return sentence.repeat(20_000 / sentence.length() + 1).substring(0, 20_000);
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Patience.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s: %s", url, r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    /** The child's threads as {@code jcmd <pid> Thread.print} lists them, to see what it is doing right now. */
    private String threadDump(ChildJvm server) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path out = Files.createTempFile(work, "threads-", ".txt");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(server.pid()), "Thread.print")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(Patience.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
