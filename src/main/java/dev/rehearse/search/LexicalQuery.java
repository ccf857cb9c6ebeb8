package dev.rehearse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the BM25 query from the words of the user's text as the index analysed them. User text is
 * never handed to a query parser: "?", ":", "AND" or an unbalanced quote are just characters here.
 */
final class LexicalQuery {

    /** Far below Lucene's 1,024 clause limit even with a heading clause per term; a query this long is noise anyway. */
    static final int MAX_TERMS = 64;

    private final Analyzer analyzer;

    LexicalQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The distinct analysed terms of the text, in order of first appearance; empty for stopwords or punctuation only. */
    List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            // analysing a String in memory does no I/O
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }

    /** Any of the terms in the body, plus optionally weighted matches in the heading; null when there are no terms. */
    Query ranking(List<String> terms, float headingBoost) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(IndexFields.BODY, t)), Occur.SHOULD);
            if (headingBoost > 0) {
                b.add(new BoostQuery(new TermQuery(new Term(IndexFields.HEADING, t)), headingBoost), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The body terms alone: what the highlighter marks in a passage's text. */
    Query highlighting(List<String> terms) {
        return terms.isEmpty() ? null : ranking(terms, 0);
    }
}
