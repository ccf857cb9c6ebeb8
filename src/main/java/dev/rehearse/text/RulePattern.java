package dev.rehearse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule file's regex, compiled twice: with Java's own {@code \b}, and by {@link LinearRegex} with word edges spelled
 * as look-arounds. The look-arounds keep a match linear on any text, but they are tried at every position of the
 * text and cost about four times as much as Java's {@code \b}. The two read word edges alike unless the text holds a
 * character that is a word character to us but not to Java (a combining mark, a number like "½" or "Ⅻ"), and only
 * such a character (a mark) makes Java's {@code \b} walk back. So an ordinary text is matched with Java's {@code \b},
 * any other with the look-arounds, and the matches are the same either way. Immutable and thread-safe.
 */
public final class RulePattern {

    private final Pattern linear;
    private final Pattern plain;

    private RulePattern(String regex, int flags) {
        this.linear = LinearRegex.compile(regex, flags);
        this.plain = Pattern.compile(regex, flags);
    }

    /** As {@link LinearRegex#compile(String, int)}. */
    public static RulePattern compile(String regex, int flags) {
        return new RulePattern(regex, flags);
    }

    /** As {@link LinearRegex#compileIgnoringCase(String)}. */
    public static RulePattern compileIgnoringCase(String regex) {
        return compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A matcher over {@code text}, with the faster word edges when they read the text as the linear ones do. */
    public Matcher matcher(CharSequence text) {
        return (ordinary(text) ? plain : linear).matcher(text);
    }

    /** The linear form, safe on any text. */
    public Pattern linear() {
        return linear;
    }

    /**
     * True when every character is a word character both to {@link WordChars} and to Java's {@code \b} (a letter, a
     * decimal digit, the underscore) or to neither: then Java's {@code \b} finds exactly our word edges, and never
     * meets a combining mark to walk back over.
     */
    static boolean ordinary(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (WordChars.isWordChar(cp) != (Character.isLetterOrDigit(cp) || cp == '_')) {
                return false;
            }
            i += Character.charCount(cp) - 1;
        }
        return true;
    }
}
