package dev.rehearse.coach.roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads the role classifier's class-path resources and fingerprints them, so a changed file means a new model. */
final class RoleResources {

    private RoleResources() {
    }

    /** The bytes of {@code coach/<name>}. */
    static byte[] read(String name) {
        String path = "coach/" + name;
        try (InputStream in = RoleResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** SHA-256 over the named resources, in order, as hex. */
    static String digest(String... names) {
        MessageDigest sha = sha256();
        for (String name : names) {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(read(name));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 of some strings, as hex. */
    static String digestOf(String... parts) {
        MessageDigest sha = sha256();
        for (String p : parts) {
            sha.update(p.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
