package dev.rehearse.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * How text becomes search terms: Lucene's English analysis (possessives dropped, lower case, Porter
 * stems) with a wider list of stop words than Lucene's 33.
 *
 * <p>Why wider: people search their notes with questions ("what did I say about how we ...") and
 * the notes themselves are spoken English full of "I", "you", "what", "how". Lucene's list keeps
 * all of these, so a question matched every answer through its pronouns and question words, and
 * those matches pushed the passages that share its real words down the fused ranking. The list
 * below adds pronouns, question words, auxiliary and modal verbs, and a few empty adverbs; words
 * that carry meaning in a claim (more, less, before, after, against, between) stay searchable.
 */
final class TextAnalysis {

    private static final List<String> EXTRA_STOP_WORDS = List.of(
            // pronouns and their forms
            "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
            "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
            "she", "her", "hers", "herself", "its", "itself", "them", "theirs", "themselves",
            "those", "whose",
            // question words
            "what", "which", "who", "whom", "when", "where", "why", "how",
            // auxiliary and modal verbs
            "am", "been", "being", "were", "has", "have", "had", "having", "do", "does", "did", "doing",
            "would", "should", "could", "can", "may", "might", "must", "shall",
            // contractions, with either apostrophe
            "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "we're", "we've", "they're",
            "don't", "doesn't", "didn't", "can't", "won't", "isn't", "aren't", "wasn't",
            "i’m", "i’ve", "i’d", "i’ll", "you’re", "you’ve", "you’d", "we’re", "we’ve", "they’re",
            "don’t", "doesn’t", "didn’t", "can’t", "won’t", "isn’t", "aren’t", "wasn’t",
            // empty adverbs and fillers
            "so", "very", "just", "also", "too", "here", "about", "some", "any", "all", "each");

    /** Lucene's English stop words plus the ones above. */
    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(EXTRA_STOP_WORDS);
        STOP_WORDS = CharArraySet.unmodifiableSet(set);
    }

    private TextAnalysis() {
    }

    /** A new analyzer; Lucene analyzers are thread-safe, one per index is enough. */
    static Analyzer english() {
        return new EnglishAnalyzer(STOP_WORDS);
    }
}
