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

    /** The stemmed form of one word (empty when it is a stop word). */
    public static String stem(String word) {
        Set<String> t = of(word);
        return t.isEmpty() ? "" : t.iterator().next();
    }
}
