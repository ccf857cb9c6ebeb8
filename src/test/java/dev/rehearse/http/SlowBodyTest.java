package dev.rehearse.http;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.Patience;
import dev.rehearse.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client that sends its request body a byte at a time holds a request thread for as long as it likes, unless the
 * server refuses bodies that arrive too slowly. Many such clients would take every thread; each must be ended
 * quickly, while a normal request still gets through.
 */
@Tag("integration")
class SlowBodyTest {

    /** Far more than the trickle will ever send, so only the server can end the request early. */
    private static final int DECLARED_LENGTH = 2_000;
    private static final int MAX_BYTES_SENT = 120;
    private static final Duration DRIP_EVERY = Duration.ofMillis(500);
    private static final int TRICKLES = 20;

    @TempDir
    Path data;

    private AttemptStore store;
    private RehearseServer server;
    private int port;
    private ExecutorService threads;

    @BeforeEach
    void start() {
        store = AttemptStore.inDataDir(data);
        server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, data),
                RehearseApp.offline(BundledKnowledge.index(), store)).start();
        port = server.javalin().port();
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    /** What became of one trickling request: the status the server answered (-1: closed without one), bytes sent. */
    record Outcome(int status, String body, int bytesSent) {
    }

    /**
     * Sends the headers of a critique with a long body, then one byte of it every {@link #DRIP_EVERY}, at most
     * {@link #MAX_BYTES_SENT} bytes, and reads whatever the server answers. Bounded in bytes, so it ends by itself.
     */
    private Outcome trickle() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/critique HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + DECLARED_LENGTH + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            int sent = 0;
            try {
                while (sent < MAX_BYTES_SENT && in.available() == 0) {
                    out.write(sent == 0 ? '{' : ' ');
                    out.flush();
                    sent++;
                    // the pause between bytes is what is under test: a slow client, not a slow test
                    await().pollDelay(DRIP_EVERY).atMost(DRIP_EVERY.multipliedBy(2)).until(() -> true);
                }
            } catch (IOException closedByServer) {
                // the server gave up on the body and closed: what should happen; read what it answered, if anything
            }
            return read(in, sent);
        }
    }

    private static Outcome read(InputStream in, int sent) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            in.transferTo(answer);
        } catch (IOException reset) {
            // a reset after the answer still leaves the answer read so far
        }
        String text = answer.toString(StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/1.1 ")) {
            return new Outcome(-1, text, sent);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int bodyStart = text.indexOf("\r\n\r\n");
        return new Outcome(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4), sent);
    }

    @Test
    void should_stop_within_seconds_while_a_request_body_is_still_arriving() throws Exception {
        // given: a client sending a large body fast enough to pass the minimum rate, but far from done
        CompletableFuture<Integer> upload = CompletableFuture.supplyAsync(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/critique HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 900000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = " ".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
                int sent = 0;
                for (int i = 0; i < 50; i++) {
                    out.write(chunk);
                    out.flush();
                    sent += chunk.length;
                    await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
                }
                return sent;
            } catch (IOException closedByServer) {
                return -1;
            }
        }, threads);
        await().atMost(Patience.ofSeconds(10)).pollDelay(Duration.ofSeconds(2)).until(() -> !upload.isDone());

        // when: the server is stopped, as on Ctrl+C
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop, threads);

        // then: it does not wait for the body to finish arriving
        await().atMost(Patience.ofSeconds(10)).until(stopping::isDone);
        assertThat(stopping).isCompleted();
        await().atMost(Patience.ofSeconds(10)).until(upload::isDone);
        assertThat(upload.join()).as("the upload was cut off by the stop").isEqualTo(-1);
        server = null;
    }

    @Test
    void should_end_requests_whose_body_trickles_in_while_a_normal_request_still_goes_through() {
        // given: many clients each sending a byte of their body every half second
        List<CompletableFuture<Outcome>> trickles = new ArrayList<>();
        for (int i = 0; i < TRICKLES; i++) {
            trickles.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return trickle();
                } catch (IOException e) {
                    return new Outcome(-1, e.getMessage(), 0);
                }
            }, threads));
        }

        // when: a normal request comes in meanwhile
        RawHttp.Response normal = RawHttp.send(port, RawHttp.Request.of("POST", "/api/critique")
                .withBody("application/json", "{\"question\": \"Why TheyDo?\", \"draft\": \"I led the migration.\"}"
                        .getBytes(StandardCharsets.UTF_8)));

        // then: it is answered, and every trickle is ended by the server long before its body could be complete
        assertThat(normal.status()).as(normal.bodyText()).isEqualTo(200);
        await().atMost(Patience.ofSeconds(45)).until(() -> trickles.stream().allMatch(CompletableFuture::isDone));
        for (CompletableFuture<Outcome> t : trickles) {
            Outcome outcome = t.join();
            assertThat(outcome.bytesSent()).as("bytes sent before the server ended it").isLessThan(MAX_BYTES_SENT);
            assertThat(outcome.status()).as(outcome.body()).isEqualTo(408);
            assertThat(outcome.body()).contains("\"status\":408").doesNotContain("Exception");
        }
    }
}
