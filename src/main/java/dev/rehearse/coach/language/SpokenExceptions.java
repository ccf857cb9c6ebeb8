package dev.rehearse.coach.language;

import java.util.regex.Pattern;

/**
 * What LanguageTool flags that is right in a spoken answer about data work: a field name such as
 * "sourceSystem.id" is code, not a misspelt word or a sentence that starts in lower case.
 */
final class SpokenExceptions {

    /** An identifier: inner capitals (sourceSystem), a dot or underscore between word characters (sourceSystem.id, row_count). */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}]*(?:\\p{Ll}\\p{Lu}|[\\p{L}\\p{N}][._][\\p{L}\\p{N}])[\\p{L}\\p{N}._]*");

    private SpokenExceptions() {
    }

    /**
     * Whether the flagged span sits in an identifier, judged on the whole run of word, dot and underscore characters:
     * LanguageTool reads "sourceSystem.id" as a misspelling and a sentence ending before "id".
     */
    static boolean isCode(String text, int from, int to) {
        int start = from;
        while (start > 0 && isCodeChar(text.charAt(start - 1))) {
            start--;
        }
        int end = to;
        while (end < text.length() && isCodeChar(text.charAt(end))) {
            end++;
        }
        String run = text.substring(start, end).replaceAll("[._]+$", "");
        return CODE.matcher(run).matches();
    }

    private static boolean isCodeChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_';
    }
}
