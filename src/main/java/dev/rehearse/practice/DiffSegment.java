package dev.rehearse.practice;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A run of text in a word diff, whitespace and line breaks kept exactly, so the page can show the segments in
 * order (deleted struck through, inserted highlighted) and get both drafts back.
 */
public record DiffSegment(Kind kind, String text) {

    public enum Kind {
        /** In both drafts. */
        EQUAL,
        /** Only in the newer draft. */
        INSERTED,
        /** Only in the older draft. */
        DELETED;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
