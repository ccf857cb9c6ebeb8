package dev.rehearse.practice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts user text into Markdown so it reads as the same text and cannot change the document's structure: no
 * heading, list, code block, table, link or HTML can come out of a draft. Only the characters that could start
 * such a thing are backslash-escaped, so the raw file stays readable.
 */
final class MarkdownText {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])");
    private static final String ALWAYS_ESCAPED = "\\`*_[]<>~|";

    private MarkdownText() {
    }

    /** One line of text for a heading, a list item or a table-free sentence: line breaks become spaces. */
    static String inline(String text) {
        return line(LINE_BREAK.matcher(text == null ? "" : text).replaceAll(" "));
    }

    /**
     * Text of several lines as a block quote ({@code > } before every line), its lines and paragraphs kept: each
     * line ends in a hard break, a blank line separates paragraphs.
     */
    static String quote(String text) {
        String[] lines = LINE_BREAK.split(text == null ? "" : text.strip(), -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String escaped = line(lines[i]);
            boolean nextHasText = i + 1 < lines.length && !lines[i + 1].isBlank();
            if (escaped.isEmpty()) {
                sb.append(">\n");
            } else {
                sb.append("> ").append(escaped).append(nextHasText ? "  \n" : "\n");
            }
        }
        return sb.toString();
    }

    /** Escapes one line; leading and trailing whitespace go (leading spaces would turn it into a code block). */
    private static String line(String raw) {
        String s = raw.strip();
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean atWordStart = i == 0 || Character.isWhitespace(s.charAt(i - 1));
            if (ALWAYS_ESCAPED.indexOf(c) >= 0 || (c == '#' && atWordStart)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String escaped = ENTITY.matcher(sb).replaceAll("\\\\&");
        if (!escaped.isEmpty() && "-+=".indexOf(escaped.charAt(0)) >= 0) {
            // A list bullet, or a setext heading underline under the line before.
            return "\\" + escaped;
        }
        Matcher ordered = ORDERED_MARKER.matcher(escaped);
        return ordered.find() ? ordered.replaceFirst("$1\\\\$2") : escaped;
    }
}
