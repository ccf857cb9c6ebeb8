package dev.rehearse.http;

import static dev.rehearse.http.SearchApiTest.header;
import static dev.rehearse.http.SearchApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.RehearseApp;
import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.testing.BundledKnowledge;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The access token, the Host check and the security headers, on a real server. */
@Tag("integration")
class WebSecurityTest {

    private static final String TOKEN = "s3cret-token-for-tests-0123";

    @TempDir
    Path dataDir;

    private AttemptStore store;

    private RehearseServer server(String token) {
        store = AttemptStore.inDataDir(dataDir);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir, token);
        return new RehearseServer(settings, RehearseApp.offline(BundledKnowledge.index(), store));
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/health", "/api/questions", "/api/prep-pack", "/api/nothing-here"})
    void should_answer_401_json_without_the_token_when_one_is_set(String path) {
        JavalinTest.test(server(TOKEN).javalin(), (app, client) -> {
            Response response = client.get(path);
            JsonNode error = json(response, 401);
            assertThat(error.get("error").asText()).isEqualTo("unauthorized");
            assertThat(error.get("message").asText()).contains("needs its access token").contains("?token=")
                    .doesNotContain(TOKEN);
            assertThat(header(response, "WWW-Authenticate")).startsWith("Bearer");
            assertThat(header(response, "Content-Security-Policy")).contains("default-src 'none'");
        });
    }

    @Test
    void should_answer_401_for_a_wrong_token_in_any_place() {
        JavalinTest.test(server(TOKEN).javalin(), (app, client) -> {
            JsonNode bearer = json(client.get("/api/health", b -> b.header("Authorization", "Bearer wrong-token-0000000000")), 401);
            json(client.get("/api/health", b -> b.header("Cookie", AccessGuard.COOKIE + "=wrong")), 401);
            json(client.get("/api/health?token=" + TOKEN.substring(1)), 401);
            json(client.get("/api/health?token=" + TOKEN + "x"), 401);
            json(client.get("/api/health", b -> b.header("Authorization", TOKEN)), 401); // not as a bearer token
            assertThat(bearer.get("message").asText()).contains("not this server's");
        });
    }

    @Test
    void should_answer_200_with_the_token_as_bearer_cookie_or_query() {
        JavalinTest.test(server(TOKEN).javalin(), (app, client) -> {
            assertThat(client.delete("/api/attempts/1").code()).isEqualTo(401);

            assertThat(json(client.get("/api/health", b -> b.header("Authorization", "Bearer " + TOKEN)), 200)
                    .get("status").asText()).isEqualTo("ok");
            assertThat(client.get("/api/questions", b -> b.header("Cookie", AccessGuard.COOKIE + "=" + TOKEN)).code()).isEqualTo(200);
            Response viaQuery = client.get("/api/health?token=" + TOKEN);
            assertThat(viaQuery.code()).isEqualTo(200);
            assertThat(header(viaQuery, "Set-Cookie")).contains(AccessGuard.COOKIE + "=" + TOKEN).contains("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");
            // the test client keeps cookies like a browser: from now on the cookie carries the token
            assertThat(json(client.get("/api/attempts?questionId=q-1"), 200).get("count").asInt()).isZero();
        });
    }

    @Test
    void should_set_the_cookie_and_redirect_the_page_to_an_address_without_the_token() throws Exception {
        RehearseServer server = server(TOKEN).start();
        try {
            // the JDK client does not follow redirects by default: the 303 itself is what we look at
            String raw = rawGet(server.javalin().port(), "/?token=" + TOKEN + "&q=1", "127.0.0.1");
            assertThat(raw).startsWith("HTTP/1.1 303");
            assertThat(raw).containsPattern("(?i)\r\nLocation: [^\r]*/\\?q=1\r\n");
            assertThat(raw).doesNotContainPattern("(?i)Location: [^\r]*token");
            assertThat(raw).containsPattern("(?i)Set-Cookie: " + AccessGuard.COOKIE + "=" + TOKEN + ";[^\r]*HttpOnly");
            // and the page, with the cookie, is served
            String page = rawGet(server.javalin().port(), "/", "127.0.0.1", "Cookie: " + AccessGuard.COOKIE + "=" + TOKEN);
            assertThat(page).startsWith("HTTP/1.1 200").contains("<title>Rehearse</title>");
        } finally {
            server.stop();
        }
    }

    @Test
    void should_refuse_requests_addressed_to_another_host_name_when_bound_to_this_machine_without_a_token() throws Exception {
        RehearseServer server = server(null).start();
        try {
            int port = server.javalin().port();
            String rebound = rawGet(port, "/api/questions", "attacker.example:" + port);
            assertThat(rebound).startsWith("HTTP/1.1 403").contains("\"error\":\"forbidden\"").doesNotContain("PayPal");
            assertThat(rawGet(port, "/api/health", "localhost:" + port)).startsWith("HTTP/1.1 200");
            assertThat(rawGet(port, "/api/health", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
            assertThat(rawGet(port, "/api/health", "[::1]:" + port)).startsWith("HTTP/1.1 200");
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/api/health", "/api/nothing-here", "/api/attempts/0"})
    void should_send_the_security_headers_on_every_response(String path) {
        JavalinTest.test(server(null).javalin(), (app, client) -> {
            Response r = client.get(path);
            String csp = header(r, "Content-Security-Policy");
            assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(r, "Referrer-Policy")).isEqualTo("no-referrer");
        });
    }

    @Test
    void should_refuse_to_bind_beyond_this_machine_without_a_token_and_hide_the_token_in_logs() {
        assertThatThrownBy(() -> new ServerSettings("0.0.0.0", 7070, Path.of("k"), Path.of("d")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REHEARSE_ACCESS_TOKEN");
        assertThatThrownBy(() -> new ServerSettings("0.0.0.0", 7070, Path.of("k"), Path.of("d"), "short"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("at least 16 characters");
        assertThatThrownBy(() -> new ServerSettings("127.0.0.1", 7070, Path.of("k"), Path.of("d"), "has a space in it ok"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("without spaces");

        ServerSettings open = new ServerSettings("0.0.0.0", 7070, Path.of("k"), Path.of("d"), TOKEN);
        assertThat(open.requiresToken()).isTrue();
        assertThat(open.toString()).doesNotContain(TOKEN).contains("accessToken=set");

        ServerSettings fromEnv = ServerSettings.resolve(Env.of(Map.of("REHEARSE_HOST", "0.0.0.0",
                "REHEARSE_ACCESS_TOKEN", TOKEN)), null, null, null, null);
        assertThat(fromEnv.accessToken()).isEqualTo(TOKEN);
        ServerSettings flagWins = ServerSettings.resolve(Env.of(Map.of("REHEARSE_ACCESS_TOKEN", TOKEN)), null, null, null, null,
                "another-token-from-the-flag");
        assertThat(flagWins.accessToken()).isEqualTo("another-token-from-the-flag");
        assertThat(ServerSettings.resolve(Env.of(Map.of()), null, null, null, null).requiresToken()).isFalse();
    }

    @Test
    void should_tell_loopback_host_names_from_others() {
        assertThat(AccessGuard.addressedToThisMachine("localhost:7070")).isTrue();
        assertThat(AccessGuard.addressedToThisMachine("127.0.0.1")).isTrue();
        assertThat(AccessGuard.addressedToThisMachine("127.1.2.3:80")).isTrue();
        assertThat(AccessGuard.addressedToThisMachine("[::1]:7070")).isTrue();
        assertThat(AccessGuard.addressedToThisMachine("127.0.0.1.attacker.example")).isFalse();
        assertThat(AccessGuard.addressedToThisMachine("localhost.attacker.example:7070")).isFalse();
        assertThat(AccessGuard.addressedToThisMachine("[::2]:7070")).isFalse();
        assertThat(AccessGuard.addressedToThisMachine("192.168.1.5:7070")).isFalse();
    }

    /** A raw HTTP/1.1 GET, because the JDK client will not send a Host header of our choosing. */
    static String rawGet(int port, String path, String host, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
