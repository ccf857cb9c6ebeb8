package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Something in the model's suggested text that Rehearse could not find in the draft, the notes or the
 * research, or a quote that is not in the draft.
 *
 * @param field   where it is: {@code revisedAnswer}, {@code issues[2].fix}, {@code bridges[0].sentence} …
 * @param text    the words flagged, as written by the model
 * @param kind    what was checked
 * @param message what the user sees, e.g. {@code not in your notes: "40%"}
 */
public record InventionFlag(String field, String text, Kind kind, String message) {

    public enum Kind {
        /** A number, percentage, multiple or amount of money. */
        NUMBER,
        /** A proper noun or named system (a company, product, tool, place, person). */
        NAME,
        /** An issue's quote that does not appear in the draft. */
        QUOTE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
