package dev.rehearse.text;

import java.util.regex.Pattern;

/**
 * Compiles the rule files' regexes so that a match costs linear time in the text. Java's {@code \b}
 * walks back over every combining mark before a position to find its base letter, so on a long run
 * of marks each position costs the length of the run: a 38 KB draft of one letter and 19,000 accents
 * pinned a core for minutes. Here {@code \b} and {@code \B} are rewritten into one-character
 * look-arounds over {@link WordChars#CLASS}, which mean the same at a word's edge and look at one
 * character only.
 */
public final class LinearRegex {

    private static final String W = WordChars.CLASS;
    static final String BOUNDARY = "(?:(?<=" + W + ")(?!" + W + ")|(?<!" + W + ")(?=" + W + "))";
    static final String NOT_BOUNDARY = "(?:(?<=" + W + ")(?=" + W + ")|(?<!" + W + ")(?!" + W + "))";

    private LinearRegex() {
    }

    /** {@link Pattern#compile(String, int)} after rewriting {@code \b} and {@code \B}. */
    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(rewrite(regex), flags);
    }

    /** Case-insensitive in every script, as the rule files are written. */
    public static Pattern compileIgnoringCase(String regex) {
        return compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The regex with word boundaries spelled as look-arounds; {@code \\b} (a backslash, then b) is left alone. */
    static String rewrite(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 64);
        int classDepth = 0;
        boolean quoted = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (quoted) {
                out.append(c);
                if (c == '\\' && i + 1 < regex.length() && regex.charAt(i + 1) == 'E') {
                    out.append('E');
                    i++;
                    quoted = false;
                }
                continue;
            }
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                i++;
                if (next == 'Q') {
                    quoted = true;
                    out.append("\\Q");
                } else if (classDepth == 0 && next == 'b') {
                    out.append(BOUNDARY);
                } else if (classDepth == 0 && next == 'B') {
                    out.append(NOT_BOUNDARY);
                } else {
                    out.append(c).append(next);
                }
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            }
            out.append(c);
        }
        return out.toString();
    }
}
