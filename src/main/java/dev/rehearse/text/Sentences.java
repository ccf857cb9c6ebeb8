package dev.rehearse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's one sentence splitter: where sentences and bullets of a pasted text start and end. */
public final class Sentences {

    private static final Pattern BULLET = Pattern.compile("\\G[ \\t]*(?:[-*•·–]|\\d{1,2}[.)])[ \\t]+");

    /** A sentence at [start, end) of the text, in UTF-16 code units. */
    public record Bounds(int start, int end) {
    }

    private Sentences() {
    }

    /**
     * The sentences of {@code s}, trimmed of white space and bullet marks: cut after end punctuation
     * followed by space (not after an abbreviation in {@code abbreviations}, lower case, or an initial),
     * at blank lines and where a bullet starts a line.
     */
    public static List<Bounds> split(String s, Set<String> abbreviations) {
        List<Bounds> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int cut = -1;
            int next = -1;
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && ".!?…".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                while (j < n && "\"'”’)]".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if ((j == n || Character.isWhitespace(s.charAt(j))) && !(c == '.' && j == i + 1 && isAbbreviation(s, i, abbreviations))) {
                    cut = j;
                    next = j;
                }
                i = Math.max(i + 1, j);
            } else if (c == '\n') {
                int j = i + 1;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
                    j++;
                }
                boolean blankLine = j < n && s.charAt(j) == '\n';
                boolean bullet = j < n && BULLET.matcher(s).region(i + 1, n).lookingAt();
                if (blankLine || bullet) {
                    cut = i;
                    next = i + 1;
                }
                i++;
            } else {
                i++;
            }
            if (cut >= 0) {
                addTrimmed(s, start, cut, out);
                start = next;
            }
        }
        addTrimmed(s, start, n, out);
        return out;
    }

    private static void addTrimmed(String s, int from, int to, List<Bounds> out) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        Matcher bullet = BULLET.matcher(s).region(a, b);
        if (bullet.lookingAt()) {
            a = bullet.end();
        }
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new Bounds(a, b));
        }
    }

    /** True when the word ending at the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String s, int dot, Set<String> abbreviations) {
        int k = dot;
        while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
            k--;
        }
        String word = s.substring(k, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (abbreviations.contains(word)) {
            return true;
        }
        // a single capital letter is an initial ("J. Smith")
        return dot - k == 1 && Character.isUpperCase(s.charAt(k));
    }
}
