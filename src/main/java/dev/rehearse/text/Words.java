package dev.rehearse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's one definition of a word: a letter or digit, then letters, digits, combining marks,
 * inner apostrophes and hyphens ("don't", "follow-up", "e-commerce" are one word each), without a
 * trailing apostrophe or hyphen. The coach counts, the splitter sizes passages and the page estimates
 * speaking time with the same words, so their numbers agree.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’\\-]*");

    private Words() {
    }

    /** The words of {@code text} in order, with their offsets. */
    public static List<Word> of(CharSequence text) {
        return in(text, 0, text == null ? 0 : text.length());
    }

    /** The words inside [from, to) of {@code text}. */
    public static List<Word> in(CharSequence text, int from, int to) {
        List<Word> out = new ArrayList<>();
        if (text == null || from >= to) {
            return out;
        }
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && "'’-".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            out.add(new Word(m.start(), end, text.subSequence(m.start(), end).toString()));
        }
        return out;
    }

    public static int count(CharSequence text) {
        if (text == null || text.length() == 0) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether {@code token} starts like a word (a letter or a digit) rather than punctuation. */
    public static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0));
    }
}
