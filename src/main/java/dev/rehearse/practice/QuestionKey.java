package dev.rehearse.practice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How attempts are grouped by question. A bank question is known by its id ({@code q:<id>}); a free question
 * by its text, so typing the same free question again (different case or spacing) continues its history
 * ({@code free:<16 hex digits of SHA-256 of the normalised text>}).
 */
public final class QuestionKey {
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private QuestionKey() {
    }

    public static String of(String questionId, String questionText) {
        if (questionId != null && !questionId.isBlank()) {
            return "q:" + questionId.strip();
        }
        if (questionText == null || questionText.isBlank()) {
            throw new InvalidAttemptException("a free question needs its text");
        }
        String normalised = Normalizer.normalize(SPACES.matcher(questionText.strip()).replaceAll(" "), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return "free:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
