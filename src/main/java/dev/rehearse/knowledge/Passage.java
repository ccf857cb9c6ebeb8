package dev.rehearse.knowledge;

import dev.rehearse.text.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One retrievable unit of the knowledge folder: an answer, an interviewer reply, a question to ask
 * or a slice of research, with the file and lines it came from.
 *
 * @param id        stable short id derived from source, lines and text
 * @param source    path of the file relative to the knowledge folder, with forward slashes
 * @param startLine first line in the file (1-based, inclusive)
 * @param endLine   last line in the file (inclusive)
 * @param kind      what the passage is
 * @param section   where it sits: a part of the notes ("Part 2") or a heading path ("Overview > Funding")
 * @param title     the question an answer answers, the heading of research, the question an interviewer replied to
 * @param text      the passage body as shown to the user (notes markers such as {@code pause} removed)
 */
public record Passage(String id, String source, int startLine, int endLine, PassageKind kind,
                      String section, String title, String text) {

    public Passage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        section = section == null ? "" : section;
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + "-" + endLine + " in " + source);
        }
        if (id == null || id.isBlank()) {
            id = idFor(source, startLine, endLine, text);
        }
    }

    /** Creates a passage whose id is derived from its content. */
    public static Passage of(String source, int startLine, int endLine, PassageKind kind,
                             String section, String title, String text) {
        return new Passage(null, source, startLine, endLine, kind, section, title, text);
    }

    /** Title and text together: what search matches and what gets embedded. */
    public String searchableText() {
        return title.isEmpty() ? text : title + "\n" + text;
    }

    /** "candidate/notes.txt:12-18", for citations in text output. */
    public String citation() {
        return PassageRef.citation(source, startLine, endLine);
    }

    /** The pointer to this passage that reports and the API carry. */
    public PassageRef ref() {
        return PassageRef.of(this);
    }

    public int wordCount() {
        return Words.count(text);
    }

    static String idFor(String source, int startLine, int endLine, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((source + "\n" + startLine + "\n" + endLine + "\n" + text).getBytes(StandardCharsets.UTF_8));
            // 12 hex characters: short enough for a URL, ample for a few hundred thousand passages
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
