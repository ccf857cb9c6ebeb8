package dev.rehearse.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ConfigException;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.testing.BundledKnowledge;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A port or host the server cannot listen on is a settings problem, told as one (Javalin calls them all "port in use"). */
@Tag("integration")
class ListenFailureTest {

    @TempDir
    Path data;

    @Test
    void should_name_the_address_and_the_settings_when_the_port_is_taken() throws Exception {
        // given: another program holds the port
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             AttemptStore store = AttemptStore.inDataDir(data)) {
            int port = taken.getLocalPort();
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", port, BundledKnowledge.FOLDER, data), RehearseApp.offline(BundledKnowledge.index(), store));

            // then
            assertThatThrownBy(server::start).isInstanceOf(ConfigException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + port + ": Address already in use; choose another with"
                            + " --host/REHEARSE_HOST or --port/REHEARSE_PORT");
            server.stop();
        }
    }

    @Test
    void should_say_why_an_address_of_another_machine_cannot_be_listened_on() throws Exception {
        // given: a documentation address (TEST-NET-1) that no interface of this machine has
        try (AttemptStore store = AttemptStore.inDataDir(data)) {
            RehearseServer server = new RehearseServer(new ServerSettings("192.0.2.1", 0, BundledKnowledge.FOLDER, data,
                    "a-token-long-enough-for-the-check"), RehearseApp.offline(BundledKnowledge.index(), store));

            // then
            assertThatThrownBy(server::start).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("cannot listen on 192.0.2.1:0: Cannot assign requested address");
            server.stop();
        }
    }
}
