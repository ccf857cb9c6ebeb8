package dev.rehearse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whether serving without a token is allowed is decided by the addresses a host resolves to, not by its spelling:
 * a name that looks local ({@code 127.example.test}) but resolves to the wildcard address listens everywhere.
 */
class HostAddressesTest {

    private static final String TOKEN = "a-long-enough-secret-token";

    /** A resolver that knows only {@code names}, as a hosts file would. */
    private static HostAddresses.Resolver hosts(Map<String, String[]> names) {
        return host -> {
            String[] literals = names.get(host);
            if (literals == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] addresses = new InetAddress[literals.length];
            for (int i = 0; i < literals.length; i++) {
                addresses[i] = InetAddress.getByName(literals[i]);
            }
            return addresses;
        };
    }

    @Test
    void should_not_count_a_local_looking_name_as_loopback_when_it_resolves_to_the_wildcard_address() {
        // given: "127.example.test" resolves to 0.0.0.0, as a hosts entry can make it
        HostAddresses.Resolver resolver = hosts(Map.of("127.example.test", new String[] {"0.0.0.0"}));

        // when / then
        assertThat(HostAddresses.allLoopback("127.example.test", resolver)).isFalse();
        assertThatThrownBy(() -> ServerSettings.requireTokenUnlessLoopback("127.example.test", null, resolver))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("binding to 127.example.test")
                .hasMessageContaining("REHEARSE_ACCESS_TOKEN_FILE");
    }

    @Test
    void should_count_a_name_as_loopback_only_when_every_address_it_resolves_to_is() {
        // given
        HostAddresses.Resolver resolver = hosts(Map.of(
                "both-local", new String[] {"127.0.0.1", "::1"},
                "half-local", new String[] {"127.0.0.1", "192.0.2.7"},
                "nowhere", new String[0]));

        // when / then
        assertThat(HostAddresses.allLoopback("both-local", resolver)).isTrue();
        assertThat(HostAddresses.allLoopback("half-local", resolver)).isFalse();
        assertThat(HostAddresses.allLoopback("nowhere", resolver)).isFalse();
        assertThat(HostAddresses.allLoopback("unknown-name", resolver)).isFalse();
    }

    @Test
    void should_allow_a_non_loopback_name_with_a_token() {
        // given
        HostAddresses.Resolver resolver = hosts(Map.of("127.example.test", new String[] {"0.0.0.0"}));

        // when / then
        assertThatCode(() -> ServerSettings.requireTokenUnlessLoopback("127.example.test", TOKEN, resolver))
                .doesNotThrowAnyException();
    }

    @Test
    void should_judge_address_literals_by_what_they_are() {
        // when / then: the system resolver parses literals without a lookup
        assertThat(HostAddresses.allLoopback("0.0.0.0", HostAddresses.SYSTEM)).isFalse();
        assertThat(HostAddresses.allLoopback("::", HostAddresses.SYSTEM)).isFalse();
        assertThat(HostAddresses.allLoopback("127.0.0.1", HostAddresses.SYSTEM)).isTrue();
        assertThat(HostAddresses.allLoopback("127.4.5.6", HostAddresses.SYSTEM)).isTrue();
        assertThat(HostAddresses.allLoopback("::1", HostAddresses.SYSTEM)).isTrue();
    }

    @Test
    void should_refuse_the_wildcard_address_without_a_token_and_serve_it_with_one() {
        // when / then
        assertThatThrownBy(() -> new ServerSettings("0.0.0.0", 0, Path.of("k"), Path.of("d")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("binding to 0.0.0.0");
        ServerSettings guarded = new ServerSettings("0.0.0.0", 0, Path.of("k"), Path.of("d"), TOKEN);
        assertThat(guarded.isLoopback()).isFalse();
        assertThat(guarded.requiresToken()).isTrue();
        assertThat(new ServerSettings("127.0.0.1", 0, Path.of("k"), Path.of("d")).isLoopback()).isTrue();
    }
}
