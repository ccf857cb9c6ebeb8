package dev.rehearse.http;

import java.time.Duration;
import dev.rehearse.testing.Patience;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.reliability.HostileCorpus;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.RawHttp;
import dev.rehearse.testing.RawHttp.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated requests against every endpoint (see {@link ApiFuzzRequests}): bodies, query parameters and path ids
 * made of Unicode a user or an attacker could send. Each must be answered within {@link #CEILING_MILLIS}, never
 * with a 5xx or a stack trace, and the server must still answer its health check after it.
 *
 * <p>The requests come from a seeded {@link Random}, so the suite sees the same ones each run. A longer or different
 * run: {@code -Drehearse.fuzz.cases=5000 -Drehearse.fuzz.seed=42}. Case n is the n-th request drawn from the seed,
 * so a failing case is replayed, with nothing after it, by the seed and {@code -Drehearse.fuzz.cases=n}.
 */
@Tag("integration")
class ApiFuzzTest {

    /**
     * The response time the API promises for any input, hostile or not, on this offline server: 2 s on a quiet
     * machine, stretched by {@link Patience} on a shared one (beside other builds, ordinary critiques took over 2 s
     * and failed the test). An input that sends the analysis quadratic still takes minutes and still fails.
     */
    static final long CEILING_MILLIS = Patience.of(Duration.ofMillis(2_000)).toMillis();

    private static final long SEED = Long.parseLong(System.getProperty("rehearse.fuzz.seed", "20261206").trim());
    private static final int CASES = Integer.parseInt(System.getProperty("rehearse.fuzz.cases", "150").trim());

    private static Path data;
    private static AttemptStore store;
    private static RehearseServer server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("rehearse-fuzz");
        store = AttemptStore.inDataDir(data);
        server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data),
                RehearseApp.offline(BundledKnowledge.index(), store)).start();
        port = server.javalin().port();
        // the first critique loads classes and resource files; the ceiling is for a warm server
        RawHttp.send(port, ApiFuzzRequests.json("/api/critique",
                "{\"question\": \"Why TheyDo?\", \"draft\": \"I led the migration.\"}"));
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        store.close();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> should_answer_every_generated_request_quickly_without_a_server_error() {
        // given: one generator drawn in case order, so case n is the same request whatever the number of cases
        ApiFuzzRequests requests = new ApiFuzzRequests(new Random(SEED));
        return IntStream.rangeClosed(1, CASES).mapToObj(n -> {
            Request request = requests.next();
            String name = "case " + n + " of " + CASES + ", seed " + SEED + ": " + request.method() + " "
                    + shorten(request.targetText(), 100);
            return DynamicTest.dynamicTest(name, () -> answersWellAndStaysHealthy(n, request));
        });
    }

    private static void answersWellAndStaysHealthy(int n, Request request) throws Exception {
        String what = describe(n, request);

        // when
        RawHttp.Response response = sendWithin(request, what);

        // then
        String answer = printable(shorten(response.bodyText(), 300));
        assertThat(response.answered()).as(what + "\nno answer: " + response.transportError()).isTrue();
        assertThat(response.status()).as(what + "\nanswered: " + answer).isBetween(200, 499);
        assertThat(HostileCorpus.STACK_TRACE.matcher(response.bodyText()).find())
                .as(what + "\nleaked a stack trace or class name: " + answer).isFalse();
        assertThat(sendWithin(ApiFuzzRequests.get("/api/health"), "health after " + what).status())
                .as("health after " + what).isEqualTo(200);
    }

    /** The one wall-clock bound here, and deliberately so: answering within the ceiling is the property under test. */
    private static RawHttp.Response sendWithin(Request request, String what) throws Exception {
        CompletableFuture<RawHttp.Response> answer = CompletableFuture.supplyAsync(() -> RawHttp.send(port, request));
        try {
            return answer.get(CEILING_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(what + "\nwas not answered within " + CEILING_MILLIS + " ms");
        }
    }

    /** Everything needed to see and replay a failing case; the body is shown with invisible characters escaped. */
    private static String describe(int n, Request request) {
        String body = request.body() == null ? "(none)"
                : printable(shorten(new String(request.body(), StandardCharsets.UTF_8), 300));
        return "case " + n + " of " + CASES + ", seed " + SEED + " (replay: -Drehearse.fuzz.seed=" + SEED
                + " -Drehearse.fuzz.cases=" + n + ")\n" + request.method() + " " + shorten(request.targetText(), 300)
                + "\nbody: " + body;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " chars)";
    }

    /** Control, format and lone surrogate characters as \\uXXXX, so a report neither hides nor reorders them. */
    private static String printable(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c) || Character.getType(c) == Character.FORMAT) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.append((char) c);
            }
        });
        return s.toString();
    }
}
