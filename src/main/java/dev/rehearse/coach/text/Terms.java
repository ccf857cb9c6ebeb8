package dev.rehearse.coach.text;

import dev.rehearse.text.Stems;
import java.util.Set;

/**
 * Content terms of a text: lower-cased, English stop words removed, Porter-stemmed ({@link Stems}, Lucene's
 * EnglishAnalyzer, the same one the search index uses), so "pipelines" meets "pipeline".
 */
public final class Terms {

    private Terms() {
    }

    /** Distinct terms in first-seen order. */
    public static Set<String> of(String text) {
        return Stems.terms(text);
    }

    /** Function words beyond Lucene's stop list (common-words.txt), as stems. */
    private static final Set<String> COMMON = commonStems();

    private static Set<String> commonStems() {
        Set<String> out = new java.util.HashSet<>();
        for (String w : RuleFile.load("common-words.txt").lines("words")) {
            out.addAll(of(w));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Content terms: {@link #of} without function words and without the {@code alsoCommon} stems. */
    public static Set<String> content(String text, Set<String> alsoCommon) {
        Set<String> out = of(text);
        out.removeIf(t -> COMMON.contains(t) || alsoCommon.contains(t) || t.length() < 2);
        return out;
    }

    /** Whether a stem says something about a topic: not a function word, not in {@code alsoCommon}. */
    public static boolean isContent(String stem, Set<String> alsoCommon) {
        return !stem.isEmpty() && stem.length() >= 2 && !COMMON.contains(stem) && !alsoCommon.contains(stem);
    }

    /** The stemmed form of one word (empty when it is a stop word). */
    public static String stem(String word) {
        return Stems.contentStem(word);
    }
}
