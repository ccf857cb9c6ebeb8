package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A run of words of a word diff.
 *
 * @param op   equal (in both), delete (only in the notes' answer), insert (only in the draft)
 * @param text the words, with the whitespace between them
 */
public record DiffSegment(Op op, String text) {

    /** What happened to the words. */
    public enum Op {
        EQUAL, DELETE, INSERT;

        @JsonValue
        public String wireName() {
            return WireEnum.name(this);
        }
    }
}
