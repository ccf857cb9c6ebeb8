package dev.rehearse.coach.text;

import java.util.Locale;

/** A word of the draft: [start, end) offsets, its text and the index of its sentence. */
public record Token(int start, int end, String text, int sentence) {

    public String lower() {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
