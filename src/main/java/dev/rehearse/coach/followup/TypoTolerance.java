package dev.rehearse.coach.followup;

import dev.rehearse.coach.text.Terms;
import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word matching that survives the typos of hand-written notes ("infrstrastucture", "architecural"):
 * two words match when their stems are equal or, for words long enough to carry a typo, when their
 * letter pairs mostly agree. Short words must match exactly: "data" and "date" are different words.
 */
public final class TypoTolerance {

    /** Words shorter than this never match fuzzily. */
    private static final int MIN_FUZZY_LENGTH = 6;
    /** Dice coefficient of letter bigrams above which two long words are the same word misspelt. */
    private static final double SAME_WORD = 0.75;

    private TypoTolerance() {
    }

    public static boolean same(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || Terms.stem(x).equals(Terms.stem(y)) && !Terms.stem(x).isEmpty()) {
            return true;
        }
        if (x.length() < MIN_FUZZY_LENGTH || y.length() < MIN_FUZZY_LENGTH) {
            return false;
        }
        return dice(bigrams(x), bigrams(y)) >= SAME_WORD;
    }

    /** The content words of a text, as written, lower case, each once. */
    public static List<String> contentWords(String text, Set<String> common) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Word w : Words.of(text)) {
            String lower = w.lower();
            if (Terms.isContent(Terms.stem(lower), common) && seen.add(lower)) {
                out.add(lower);
            }
        }
        return out;
    }

    /** The share (0–1) of {@code phrase}'s content words that {@code text} holds, typos forgiven; 0 when it has none. */
    public static double covered(String phrase, String text, Set<String> common) {
        List<String> wanted = contentWords(phrase, common);
        if (wanted.isEmpty()) {
            return 0;
        }
        List<String> have = Words.of(text).stream().map(Word::lower).distinct().toList();
        long found = wanted.stream().filter(w -> have.stream().anyMatch(h -> same(w, h))).count();
        return (double) found / wanted.size();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static double dice(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return a.isEmpty() && b.isEmpty() ? 0 : 2.0 * both.size() / (a.size() + b.size());
    }
}
