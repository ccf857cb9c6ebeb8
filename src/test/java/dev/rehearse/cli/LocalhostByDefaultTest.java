package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.testing.BundledKnowledge;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve} with nothing set listens on 127.0.0.1 only: the notes are not on the network unless the user
 * binds elsewhere (and then needs a token, see {@link ServeAccessTokenTest}).
 */
@Tag("integration")
class LocalhostByDefaultTest {

    @TempDir
    Path data;

    @Test
    void should_resolve_the_serve_command_without_flags_or_environment_to_127_0_0_1_without_a_token() {
        // given: serve with no flags, in an environment that sets nothing
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();

        // when: the settings are resolved as serve resolves them
        ServerSettings settings = ServerSettings.resolve(Env.of(Map.of()), serve.host, serve.port, serve.folders.knowledge,
                serve.folders.dataDir, serve.accessToken);

        // then
        assertThat(serve.host).as("--host has no default of its own").isNull();
        assertThat(settings.host()).isEqualTo("127.0.0.1").isEqualTo(ServerSettings.DEFAULT_HOST);
        assertThat(settings.isLoopback()).isTrue();
        assertThat(settings.requiresToken()).isFalse();
        assertThat(settings.port()).isEqualTo(7070);
    }

    @Test
    void should_not_be_reachable_on_this_machines_other_addresses_when_started_with_the_defaults() throws Exception {
        // given: the default settings, except a free port (7070 may be taken) and a temp data folder
        ServerSettings settings = ServerSettings.resolve(Env.of(Map.of()), null, 0, null, data);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        List<InetAddress> others = nonLoopbackAddresses();

        AttemptStore store = AttemptStore.inDataDir(data);
        RehearseServer server = new RehearseServer(settings, RehearseApp.offline(BundledKnowledge.index(), store)).start();
        try {
            int port = server.javalin().port();

            // then: it answers on loopback
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            if (others.isEmpty()) {
                Assumptions.abort("skipped the non-loopback part: this machine has no address other than loopback");
            }
            for (InetAddress address : others) {
                // a listener on every interface is reachable at this address, so the address works from here...
                try (ServerSocket anywhere = new ServerSocket()) {
                    anywhere.bind(new InetSocketAddress((InetAddress) null, 0));
                    assertThat(connects(address, anywhere.getLocalPort()))
                            .as("control: a socket bound to every interface is reachable at %s", address.getHostAddress())
                            .isTrue();
                }
                // ...and the server is not there: the connection is refused
                assertThat(connects(address, port)).as("the default server reached at %s", address.getHostAddress()).isFalse();
            }
        } finally {
            server.stop();
            store.close();
        }
    }

    /** True when a TCP connection opens; false when it is refused. */
    private static boolean connects(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 3_000);
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    /** The addresses of this machine's interfaces that are up, other than loopback and IPv6 link-local. */
    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                boolean linkLocal6 = a instanceof Inet6Address && a.isLinkLocalAddress();
                if (!a.isLoopbackAddress() && !a.isAnyLocalAddress() && !linkLocal6) {
                    found.add(a);
                }
            }
        }
        return found;
    }
}
