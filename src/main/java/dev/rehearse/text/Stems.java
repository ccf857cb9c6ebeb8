package dev.rehearse.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The project's one stemmer: Lucene's English analysis (Porter stems), the same the search index
 * uses, so "pipelines" in a draft meets "pipeline" in the notes wherever the two are compared.
 */
public final class Stems {

    // Analyzers are thread-safe: each keeps one token stream per thread.
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    /** The same chain without the stop-word filter, for stemming a single word whatever it is. */
    private static final Analyzer PORTER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream chain = new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            return new TokenStreamComponents(source, chain);
        }
    };
    private static final int MAX_CACHED = 50_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, String> CONTENT_CACHE = new ConcurrentHashMap<>();

    private Stems() {
    }

    /** The distinct stems of a text's content words (English stop words removed), in first-seen order. */
    public static Set<String> terms(String text) {
        return analyse(ENGLISH, text);
    }

    /** The stem of one word, stop words included ("having" → "have"); the word lower-cased if it has no letters. */
    public static String of(String word) {
        return cached(CACHE, word, PORTER, word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The stem of one content word as {@link #terms} gives it; empty for a stop word. */
    public static String contentStem(String word) {
        return cached(CONTENT_CACHE, word, ENGLISH, "");
    }

    private static String cached(Map<String, String> cache, String word, Analyzer analyzer, String fallback) {
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        Set<String> t = analyse(analyzer, word);
        String stem = t.isEmpty() ? fallback : t.iterator().next();
        if (cache.size() >= MAX_CACHED) {
            // a plain bound: vocabularies of drafts and notes are small, so this rarely happens
            cache.clear();
        }
        cache.put(word, stem);
        return stem;
    }

    private static Set<String> analyse(Analyzer analyzer, String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
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
}
