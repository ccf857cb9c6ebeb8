package dev.rehearse.llm.prompt;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes user text safe to place between our prompt delimiters. A draft or a knowledge file could
 * contain {@code </draft>} or {@code <passage n="9">} and so appear to close its own block or forge a
 * passage; the opening bracket of anything that looks like one of our tags becomes {@code ‹}, which a
 * reader still understands and no parser takes for a tag. A tag can also be disguised so that no pattern
 * sees it while a model still reads it: {@code </dr\u200baft>} with an invisible character inside, or
 * {@code ＜/draft＞} in full-width forms. So invisible format characters are removed first, and every
 * character whose compatibility form (NFKC) is a plain letter, space or tag bracket is written as that.
 * The rest of the text keeps its own characters: folding all of it ("m²" to "m2") would show the model a
 * draft that differs from the one the invention guard checks against.
 */
public final class UntrustedText {

    /** Every tag name the prompts use as a delimiter. */
    private static final Pattern OUR_TAG = Pattern.compile(
            "<(\\s*/?\\s*(?:question|draft|facts|passages|passage)(?![\\p{L}\\p{N}_-]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private UntrustedText() {
    }

    /** The text with our delimiters defused; everything else, markup included, is left as written. */
    public static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = OUR_TAG.matcher(fold(text));
        return m.replaceAll(r -> Matcher.quoteReplacement("\u2039" + r.group(1)));
    }

    /** Drops format characters (zero-width spaces and joiners, BOMs, bidi marks) and folds look-alikes. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.FORMAT) {
                return;
            }
            if (cp < 128) {
                out.append((char) cp);
                return;
            }
            String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            if (compatible.length() == 1 && tagCharacter(compatible.charAt(0))) {
                out.append(compatible.charAt(0));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean tagCharacter(char c) {
        return c < 128 && (Character.isLetter(c) || c == '<' || c == '>' || c == '/' || c == ' ');
    }

    /** Text for the inside of one of our blocks: defused, without surrounding blank lines. */
    public static String block(String text) {
        return neutralise(text).strip();
    }

    /** A value for an attribute of one of our tags: one line, no quotes or brackets to break out with. */
    public static String attribute(String value) {
        if (value == null) {
            return "";
        }
        return value.replace('"', '\'')
                .replace('<', '\u2039')
                .replace('>', '\u203A')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
