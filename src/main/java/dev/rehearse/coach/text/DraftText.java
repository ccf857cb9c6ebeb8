package dev.rehearse.coach.text;

import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft split into words and sentences, with character offsets into the text as pasted.
 *
 * <p>Pasted HTML is plain text to us: it is never interpreted, but tags and entities are masked with
 * spaces in {@link #view()} (same length, so every offset still points into the original) so they are
 * not counted as words or read as sentences.
 */
public final class DraftText {

    private static final Pattern MARKUP = Pattern.compile(
            "<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]{0,500})?/?>|&(?:[A-Za-z]{2,10}|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});",
            Pattern.DOTALL);
    private static final Pattern BULLET = Pattern.compile("\\G[ \\t]*(?:[-*•·–]|\\d{1,2}[.)])[ \\t]+");

    private final String original;
    private final String view;
    private final List<Span> markup;
    private final List<Token> tokens;
    private final List<Sentence> sentences;

    private DraftText(String original, String view, List<Span> markup, List<Token> tokens, List<Sentence> sentences) {
        this.original = original;
        this.view = view;
        this.markup = markup;
        this.tokens = tokens;
        this.sentences = sentences;
    }

    public static DraftText of(String text, Set<String> abbreviations) {
        String original = text == null ? "" : text;
        List<Span> markup = new ArrayList<>();
        StringBuilder masked = new StringBuilder(original);
        Matcher m = MARKUP.matcher(original);
        while (m.find()) {
            markup.add(Span.of(original, m.start(), m.end()));
            for (int i = m.start(); i < m.end(); i++) {
                char c = original.charAt(i);
                masked.setCharAt(i, c == '\n' || c == '\r' ? c : ' ');
            }
        }
        String view = masked.toString();
        List<int[]> bounds = sentenceBounds(view, abbreviations);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int[] b : bounds) {
            int first = tokens.size();
            int index = sentences.size();
            // markup is masked with spaces, so a word of the view is the same word of the original
            for (Word w : Words.in(view, b[0], b[1])) {
                tokens.add(new Token(w.start(), w.end(), w.text(), index));
            }
            int count = tokens.size() - first;
            if (count == 0) {
                continue;
            }
            sentences.add(new Sentence(index, b[0], b[1], original.substring(b[0], b[1]), first, count));
        }
        return new DraftText(original, view, Collections.unmodifiableList(markup),
                Collections.unmodifiableList(tokens), Collections.unmodifiableList(sentences));
    }

    /** Sentence boundaries: end punctuation followed by space, blank lines and bullet starts. */
    private static List<int[]> sentenceBounds(String s, Set<String> abbreviations) {
        List<int[]> out = new ArrayList<>();
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

    private static void addTrimmed(String s, int from, int to, List<int[]> out) {
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
            out.add(new int[] {a, b});
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

    public String original() {
        return original;
    }

    /** The draft with markup masked by spaces: the same length as the original. */
    public String view() {
        return view;
    }

    public List<Span> markup() {
        return markup;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public int wordCount() {
        return tokens.size();
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.firstToken() + s.words());
    }

    /** The sentence holding {@code offset}, or the nearest one before it. */
    public Sentence sentenceAt(int offset) {
        Sentence found = sentences.isEmpty() ? null : sentences.get(0);
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                found = s;
            } else {
                break;
            }
        }
        return found;
    }

    public Span span(int start, int end) {
        return Span.of(original, start, end);
    }
}
