package dev.rehearse.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** A story's id: from its title, so the same story keeps its id while the notes around it change. */
final class StoryIds {

    private StoryIds() {
    }

    static String of(String title) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(title.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
