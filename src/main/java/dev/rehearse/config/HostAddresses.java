package dev.rehearse.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a host to bind to reaches this machine alone. Judged by the addresses the name resolves to, not by how it
 * is spelt: a name such as {@code 127.example.test} can resolve to {@code 0.0.0.0}, which listens on every
 * interface, and {@code 0.0.0.0} itself does. A name that resolves to several addresses counts as loopback only when
 * every one of them is, and a name that does not resolve is never loopback, so in doubt a token is required.
 */
public final class HostAddresses {

    /** Name resolution, replaceable so a test can make a name resolve to any address without a hosts file. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The system's own resolution (hosts file, DNS); an IP literal is parsed, not looked up. */
    public static final Resolver SYSTEM = InetAddress::getAllByName;

    private HostAddresses() {
    }

    /** Whether every address {@code host} resolves to is a loopback one ({@code 127.0.0.0/8}, {@code ::1}). */
    public static boolean allLoopback(String host, Resolver resolver) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
        if (addresses == null || addresses.length == 0) {
            return false;
        }
        for (InetAddress address : addresses) {
            if (address == null || !address.isLoopbackAddress()) {
                return false;
            }
        }
        return true;
    }
}
