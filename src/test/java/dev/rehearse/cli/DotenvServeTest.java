package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.Main;
import dev.rehearse.testing.ChildJvm;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse serve} as a user starts it, in its own process and working folder: the {@code .env} there is read,
 * a flag beats it, and a bad value in it ends the process with one line naming the variable. The child gets no
 * {@code REHEARSE_} variable from this environment (see {@link ChildJvm}).
 */
@Tag("integration")
class DotenvServeTest {

    @TempDir
    Path home;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void should_serve_the_knowledge_and_data_folders_named_in_dotenv_on_the_port_given_by_the_flag() throws Exception {
        // given: a small knowledge folder, and a .env naming it, a data folder and a port
        Files.createDirectories(home.resolve("my-notes"));
        Files.writeString(home.resolve("my-notes/research.md"), "# Company\n\nThe company builds journey maps for product teams.\n");
        int dotenvPort = freePort();
        int flagPort = freePort();
        Files.writeString(home.resolve(".env"), "REHEARSE_KNOWLEDGE=my-notes\nREHEARSE_DATA_DIR=my-data\nREHEARSE_PORT="
                + dotenvPort + "\n");

        // when
        try (ChildJvm server = ChildJvm.start(home, List.of("-Xmx320m"), Map.of(), Main.class,
                List.of("serve", "--port", String.valueOf(flagPort)))) {
            String ready = server.awaitLines(l -> l.startsWith("Rehearse is running at "), 1, Duration.ofSeconds(120)).get(0);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + flagPort + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            server.terminate(Duration.ofSeconds(30));

            // then: the flag's port, the .env's folders (relative to the working folder)
            assertThat(ready).startsWith("Rehearse is running at http://127.0.0.1:" + flagPort + "/");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"files\":1");
            assertThat(Files.isDirectory(home.resolve("my-data/index"))).isTrue();
            assertThat(server.stderr()).contains("Knowledge folder " + home.resolve("my-notes").toRealPath());
        }
    }

    @Test
    void should_end_with_one_line_naming_a_bad_port_in_dotenv() throws Exception {
        // given
        Files.writeString(home.resolve(".env"), "REHEARSE_PORT=abc\n");

        // when
        try (ChildJvm server = ChildJvm.start(home, List.of("-Xmx320m"), Map.of(), Main.class, List.of("serve"))) {
            int code = server.waitForExit(Duration.ofSeconds(60));

            // then: before anything is loaded, and without a stack trace
            assertThat(code).isEqualTo(1);
            assertThat(server.stderr().strip()).isEqualTo("rehearse: REHEARSE_PORT must be a whole number, got \"abc\"");
            assertThat(server.lines()).isEmpty();
        }
    }
}
