package dev.rehearse.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the lines a sentence of a cleaned answer was written on. The notes parser joins wrapped lines and drops
 * quotes and bullets, so the sentence is not a substring of the file: it is matched word by word, each word reduced
 * to its letters and digits, which survives re-wrapping, quoting and bullet marks.
 */
final class LineLocator {

    private record Token(String word, int line) {
    }

    private final List<Token> tokens = new ArrayList<>();

    /** The words of lines {@code from}..{@code to} (1-based, inclusive) of {@code fileText}. */
    LineLocator(String fileText, int from, int to) {
        String[] lines = fileText.split("\\R", -1);
        for (int n = Math.max(1, from); n <= Math.min(to, lines.length); n++) {
            for (String raw : lines[n - 1].split("\\s+")) {
                String w = normalise(raw);
                if (!w.isEmpty()) {
                    tokens.add(new Token(w, n));
                }
            }
        }
    }

    /**
     * The first and last line of {@code sentence}, searching from the start of the range; {@code fallback} when its
     * words are not found in order (a sentence the parser rewrote beyond recognition).
     */
    int[] locate(String sentence, int[] fallback) {
        List<String> words = new ArrayList<>();
        for (String raw : sentence.split("\\s+")) {
            String w = normalise(raw);
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return fallback;
        }
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            if (matchesAt(i, words)) {
                return new int[] {tokens.get(i).line(), tokens.get(i + words.size() - 1).line()};
            }
        }
        return fallback;
    }

    private boolean matchesAt(int at, List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (!tokens.get(at + j).word().equals(words.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String raw) {
        StringBuilder b = new StringBuilder();
        raw.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
