package dev.rehearse.llm.prompt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes user text safe to place between our prompt delimiters. A draft or a knowledge file could
 * contain {@code </draft>} or {@code <passage n="9">} and so appear to close its own block or forge a
 * passage; the opening bracket of anything that looks like one of our tags becomes {@code ‹}, which a
 * reader still understands and no parser takes for a tag.
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
        Matcher m = OUR_TAG.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement("\u2039" + r.group(1)));
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
