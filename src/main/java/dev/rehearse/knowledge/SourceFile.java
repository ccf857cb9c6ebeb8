package dev.rehearse.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A knowledge file as read from disk.
 *
 * @param source relative path with forward slashes, e.g. {@code company/overview.md}
 * @param text   the file's content, decoded as UTF-8
 * @param hash   SHA-256 of the raw bytes: what incremental indexing compares
 */
public record SourceFile(String source, String text, String hash) {

    public static SourceFile of(String source, byte[] bytes) {
        return new SourceFile(source, new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
    }

    public static SourceFile of(String source, String text) {
        return of(source, text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isMarkdown() {
        return source.toLowerCase(java.util.Locale.ROOT).endsWith(".md");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
