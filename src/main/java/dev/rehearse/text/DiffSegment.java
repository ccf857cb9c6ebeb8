package dev.rehearse.text;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A run of text in a word diff: the one diff shape on the wire, for the notes' answer against the
 * draft and for one attempt against another.
 *
 * @param op   equal (in both texts), delete (only in the older or reference text), insert (only in the newer)
 * @param text the run as it reads
 */
public record DiffSegment(Op op, String text) {

    /** What happened to the run. */
    public enum Op {
        EQUAL, DELETE, INSERT;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
