package dev.rehearse.text;

/**
 * What counts as part of a word when deciding where a word starts and ends: letters, digits,
 * combining marks and the underscore. Marks count so that an accent typed as a separate code point
 * ("e" + U+0301) stays inside its word instead of ending it.
 */
public final class WordChars {

    /** A regex class of the word characters, for the few rule patterns that still need one. */
    public static final String CLASS = "[\\p{L}\\p{N}\\p{M}_]";

    private WordChars() {
    }

    public static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_'
                || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.ENCLOSING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK
                || Character.getType(codePoint) == Character.LETTER_NUMBER
                || Character.getType(codePoint) == Character.OTHER_NUMBER;
    }

    /** Whether the character just before {@code offset} is a word character (false at the start). */
    public static boolean wordCharBefore(CharSequence text, int offset) {
        return offset > 0 && isWordChar(Character.codePointBefore(text, offset));
    }

    /** Whether the character at {@code offset} is a word character (false at the end). */
    public static boolean wordCharAt(CharSequence text, int offset) {
        return offset < text.length() && isWordChar(Character.codePointAt(text, offset));
    }
}
