package dev.rehearse.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds literal phrases in a text by comparing pieces, not by running a regex: the text is cut once
 * into pieces (runs of {@link WordChars word characters}, and single other characters), and a phrase
 * matches where its pieces follow each other with the same spacing (white space where the phrase has
 * some, none where it has none). A phrase therefore only ever matches whole words, and the cost is
 * linear in the text, whatever it holds: a long run of combining marks is one piece.
 *
 * <p>Scanning goes left to right; at each piece the first phrase in the given order that matches wins
 * and the scan goes on after it. Give the phrases longest first so "a lot of" wins over "a lot".
 * Apostrophes match either form ('/’); case is folded unless the matcher is case-sensitive.
 */
public final class PhraseMatcher {

    /** A phrase found at [start, end), with its index in the list the matcher was built from. */
    public record Match(int start, int end, int phrase) {
    }

    private record Piece(int start, int end, String key, boolean spaceBefore) {
    }

    /** A text's pieces, as last cut on this thread. */
    private record Cut(String text, int from, int to, boolean caseSensitive, List<Piece> pieces) {
    }

    /**
     * The analysis runs a dozen phrase lists over the same draft one after the other; remembering the last cut lets
     * them share one pass of cutting and case folding. Only a {@code String} is remembered (it cannot change), and
     * only by identity, so a different text of the same content is cut afresh.
     */
    private static final ThreadLocal<Cut> LAST_CUT = new ThreadLocal<>();

    private final boolean caseSensitive;
    private final List<List<Piece>> phrases = new ArrayList<>();
    /** Phrase indexes by the key of their first piece, in list order. */
    private final Map<String, List<Integer>> byFirstPiece = new HashMap<>();

    private PhraseMatcher(List<String> phrases, boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
        for (int i = 0; i < phrases.size(); i++) {
            List<Piece> pieces = pieces(phrases.get(i).strip(), 0, phrases.get(i).strip().length());
            this.phrases.add(pieces);
            if (!pieces.isEmpty()) {
                byFirstPiece.computeIfAbsent(pieces.get(0).key(), k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Case is folded: "Data Mesh" matches "data mesh". */
    public static PhraseMatcher ignoringCase(List<String> phrases) {
        return new PhraseMatcher(phrases, false);
    }

    /** Case must agree: "Linear" the tool, not "linear" the adjective. */
    public static PhraseMatcher caseSensitive(List<String> phrases) {
        return new PhraseMatcher(phrases, true);
    }

    /** The phrase with the longest text first, the list order kept among equals: the order that prefers longer phrases. */
    public static Comparator<String> longestFirst() {
        return Comparator.comparingInt((String p) -> -p.length());
    }

    public List<Match> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /**
     * The matches lying inside [from, to) of {@code text}; the characters just outside still decide
     * whether a match starts or ends a word.
     */
    public List<Match> find(CharSequence text, int from, int to) {
        List<Match> out = new ArrayList<>();
        List<Piece> pieces = cut(text, from, to);
        int i = 0;
        while (i < pieces.size()) {
            Match m = matchAt(text, pieces, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                while (i < pieces.size() && pieces.get(i).start() < m.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    private Match matchAt(CharSequence text, List<Piece> pieces, int i) {
        List<Integer> candidates = byFirstPiece.get(pieces.get(i).key());
        if (candidates == null || WordChars.wordCharBefore(text, pieces.get(i).start())) {
            return null;
        }
        for (int p : candidates) {
            List<Piece> phrase = phrases.get(p);
            if (i + phrase.size() > pieces.size()) {
                continue;
            }
            boolean same = true;
            for (int j = 1; j < phrase.size() && same; j++) {
                Piece t = pieces.get(i + j);
                same = t.spaceBefore() == phrase.get(j).spaceBefore() && t.key().equals(phrase.get(j).key());
            }
            int end = pieces.get(i + phrase.size() - 1).end();
            if (same && !WordChars.wordCharAt(text, end)) {
                return new Match(pieces.get(i).start(), end, p);
            }
        }
        return null;
    }

    private List<Piece> cut(CharSequence text, int from, int to) {
        if (!(text instanceof String s)) {
            return pieces(text, from, to);
        }
        Cut last = LAST_CUT.get();
        if (last != null && last.text() == s && last.from() == from && last.to() == to && last.caseSensitive() == caseSensitive) {
            return last.pieces();
        }
        List<Piece> pieces = List.copyOf(pieces(s, from, to));
        LAST_CUT.set(new Cut(s, from, to, caseSensitive, pieces));
        return pieces;
    }

    /** Cuts [from, to) into word runs and single other characters; white space only marks the gaps. */
    private List<Piece> pieces(CharSequence s, int from, int to) {
        List<Piece> out = new ArrayList<>();
        boolean space = false;
        int i = from;
        while (i < to) {
            int cp = Character.codePointAt(s, i);
            int next = i + Character.charCount(cp);
            if (isSpace(cp)) {
                space = true;
                i = next;
                continue;
            }
            if (WordChars.isWordChar(cp)) {
                while (next < to && WordChars.isWordChar(Character.codePointAt(s, next))) {
                    next += Character.charCount(Character.codePointAt(s, next));
                }
            }
            out.add(new Piece(i, next, key(s, i, next), space));
            space = false;
            i = next;
        }
        return out;
    }

    /** The characters a regex's {@code \s} matches: phrases have always been split on these. */
    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
    }

    private String key(CharSequence s, int from, int to) {
        StringBuilder k = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '’') {
                c = '\'';
            } else if (!caseSensitive) {
                c = Character.toLowerCase(Character.toUpperCase(c));
            }
            k.append(c);
        }
        return k.toString();
    }
}
