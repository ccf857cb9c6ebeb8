package dev.rehearse.coach.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content terms of a text: lower-cased, English stop words removed, Porter-stemmed (Lucene's
 * EnglishAnalyzer, the same one the search index uses), so "pipelines" meets "pipeline".
 */
public final class Terms {

    // Analyzer is thread-safe: it keeps one token stream per thread.
    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    private static final int MAX_CACHED = 50_000;
    private static final java.util.Map<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    private Terms() {
    }

    /** Distinct terms in first-seen order. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            // reading from a String cannot fail; keep the signature honest anyway
            throw new UncheckedIOException(e);
        }
        return out;
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
        String cached = STEMS.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> t = of(word);
        String stem = t.isEmpty() ? "" : t.iterator().next();
        if (STEMS.size() >= MAX_CACHED) {
            // a plain bound: vocabularies of drafts and notes are small, so this rarely happens
            STEMS.clear();
        }
        STEMS.put(word, stem);
        return stem;
    }
}
