package dev.rehearse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the BM25 query from the words of the user's text as the index analysed them. User text is
 * never handed to a query parser: "?", ":", "AND" or an unbalanced quote are just characters here.
 *
 * <p>The coach searches with whole drafts of 150–400 words, so the query keeps how often each word
 * occurs: a term's clause is boosted by the square root of its count in the query (a draft that says
 * "pipeline" four times is about pipelines, but not four times as much; on our long-draft judgements
 * the root ranked a little better than the raw count Anserini uses, and both better than no count).
 * A query with more than {@link #MAX_TERMS} distinct terms keeps the ones that weigh most, by count
 * times the index's BM25 idf, rather than the first ones written.
 */
final class LexicalQuery {

    /**
     * Distinct terms kept. Far below Lucene's 1,024 clause limit even with a heading clause per term;
     * past it, the terms dropped are the most common in the index and the least repeated in the
     * query, which move the ranking least.
     */
    static final int MAX_TERMS = 64;

    /** An analysed query term and how many times the query holds it. */
    record Weighted(String term, int count) {
    }

    private final Analyzer analyzer;

    LexicalQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The distinct analysed terms of the text, in order of first appearance; empty for stopwords or punctuation only. */
    List<String> terms(String text) {
        return new ArrayList<>(counts(text).keySet());
    }

    /**
     * The terms the query ranks by, each with its count in the text: all of them when there are at
     * most {@link #MAX_TERMS}, else the {@link #MAX_TERMS} with the highest count × idf in this index
     * (ties to the earlier term), in order of first appearance.
     */
    List<Weighted> weighted(String text, IndexReader reader) {
        return weighted(text, new IndexSearcher(reader), null);
    }

    /**
     * As {@link #weighted(String, IndexReader)}, with the idf taken over the passages the filter lets
     * through (all of them when it is null). A search for one kind of passage, such as the few-word
     * interviewer replies, would otherwise keep the terms that are rare in the whole index, which
     * those passages may not hold at all, and find nothing although they share words with the text.
     */
    List<Weighted> weighted(String text, IndexSearcher searcher, Query filter) {
        Map<String, Integer> counts = counts(text);
        List<Weighted> all = new ArrayList<>(counts.size());
        counts.forEach((term, count) -> all.add(new Weighted(term, count)));
        if (all.size() <= MAX_TERMS) {
            return all;
        }
        Map<String, Double> weight = new LinkedHashMap<>();
        Map<String, Integer> position = new LinkedHashMap<>();
        try {
            IndexReader reader = searcher.getIndexReader();
            long docs = Math.max(1, filter == null ? reader.getDocCount(IndexFields.BODY) : searcher.count(filter));
            for (Weighted w : all) {
                position.put(w.term(), position.size());
                weight.put(w.term(), w.count() * idf(docFreq(searcher, w.term(), filter), docs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics failed", e);
        }
        return all.stream()
                .sorted(Comparator.comparingDouble((Weighted w) -> weight.get(w.term())).reversed()
                        .thenComparing(w -> position.get(w.term())))
                .limit(MAX_TERMS)
                .sorted(Comparator.comparing(w -> position.get(w.term())))
                .toList();
    }

    private static long docFreq(IndexSearcher searcher, String term, Query filter) throws IOException {
        Term t = new Term(IndexFields.BODY, term);
        if (filter == null) {
            return searcher.getIndexReader().docFreq(t);
        }
        return searcher.count(new BooleanQuery.Builder().add(new TermQuery(t), Occur.MUST).add(filter, Occur.FILTER).build());
    }

    /** BM25's idf, as Lucene's BM25Similarity computes it; a term no passage holds weighs nothing, since it matches nothing. */
    private static double idf(long docFreq, long docCount) {
        return docFreq == 0 ? 0 : Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    private Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            // analysing a String in memory does no I/O
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /**
     * Any of the terms in the body, each boosted by the root of its count, plus optionally weighted
     * matches in the heading; null when there are no terms.
     */
    Query ranking(List<Weighted> terms, float headingBoost) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Weighted w : terms) {
            float repeat = (float) Math.sqrt(w.count());
            b.add(boosted(new TermQuery(new Term(IndexFields.BODY, w.term())), repeat), Occur.SHOULD);
            if (headingBoost > 0) {
                b.add(new BoostQuery(new TermQuery(new Term(IndexFields.HEADING, w.term())), headingBoost * repeat),
                        Occur.SHOULD);
            }
        }
        return b.build();
    }

    private static Query boosted(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    /** The body terms alone: what the highlighter marks in a passage's text. */
    Query highlighting(List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms.subList(0, Math.min(terms.size(), MAX_TERMS))) {
            b.add(new TermQuery(new Term(IndexFields.BODY, t)), Occur.SHOULD);
        }
        return b.build();
    }

    /** As {@link #highlighting(List)} for the terms a query ranked by. */
    Query highlightingWeighted(List<Weighted> terms) {
        return highlighting(terms.stream().map(Weighted::term).toList());
    }
}
