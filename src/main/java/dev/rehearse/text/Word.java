package dev.rehearse.text;

import java.util.Locale;

/** A word of a text: [start, end) offsets in UTF-16 code units and the word as written. */
public record Word(int start, int end, String text) {

    /** Lower case, with the typographic apostrophe folded into the plain one. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
