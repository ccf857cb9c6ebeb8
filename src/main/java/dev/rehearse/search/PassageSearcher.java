package dev.rehearse.search;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.search.PassageIndex.Ranked;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * The reading side of a {@link PassageIndex}: ranks passages by words (BM25), by meaning (nearest
 * vectors) or both fused by reciprocal rank, through a {@link SearcherManager} that sees each
 * commit once {@link #refresh()} is called.
 */
final class PassageSearcher {

    /** Vector hits first fetched per wanted passage, over the index's average windows per passage. */
    private static final double WINDOW_MARGIN = 1.25;

    private final Path path;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private final RankingSettings settings;
    private final LexicalQuery lexical;
    private final Snippets snippets;
    /** Vectors per passage in the index, kept current by each refresh; sizes the vector search. */
    private volatile double windowsPerPassage = 1;

    PassageSearcher(Path path, IndexWriter writer, Analyzer analyzer, Embedder embedder, RankingSettings settings)
            throws IOException {
        this.path = path;
        this.embedder = embedder;
        this.settings = settings;
        this.lexical = new LexicalQuery(analyzer);
        this.snippets = new Snippets(analyzer);
        BM25Similarity similarity = new BM25Similarity(settings.bm25K1(), settings.bm25B());
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setSimilarity(similarity);
                return s;
            }
        });
    }

    /** Makes the last commit visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        updateWindowsPerPassage();
    }

    void updateWindowsPerPassage() {
        long passages = passageCount();
        windowsPerPassage = passages == 0 ? 1 : Math.max(1, (double) vectorCount() / passages);
    }

    /** Reads every segment through its checksums and the file records, so damage shows now, not mid-search. */
    void verify() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            searchers.release(s);
        }
        files();
    }

    /** The files the index holds, by source. */
    Map<String, IndexedFile> files() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Query query = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_FILE));
            int n = s.count(query);
            Map<String, IndexedFile> files = new LinkedHashMap<>();
            if (n == 0) {
                return files;
            }
            StoredFields stored = s.storedFields();
            Set<String> wanted = Set.of(IndexFields.SOURCE, IndexFields.HASH, IndexFields.PASSAGE_IDS);
            for (ScoreDoc sd : s.search(query, n).scoreDocs) {
                Document d = stored.document(sd.doc, wanted);
                String ids = d.get(IndexFields.PASSAGE_IDS);
                List<String> passageIds = ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(" "));
                String source = Objects.requireNonNull(d.get(IndexFields.SOURCE), "file record without source");
                files.put(source, new IndexedFile(source, d.get(IndexFields.HASH), passageIds));
            }
            return files;
        } finally {
            searchers.release(s);
        }
    }

    /** See {@link PassageIndex#search(SearchQuery, boolean)}. */
    List<SearchHit> search(SearchQuery q, boolean withSnippets) {
        Objects.requireNonNull(q, "query");
        if (q.k() < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + q.k());
        }
        String text = q.text() == null ? "" : q.text();
        if (text.isBlank()) {
            return List.of();
        }
        SearchMode mode = q.mode() == null ? SearchMode.HYBRID : q.mode();
        Query filter = filter(q);
        // text the model cannot read (only control or zero-width characters) has no vector: words alone rank it
        float[] vector = mode == SearchMode.BM25 || !embedder.reads(text) ? null : embedder.embedQuery(text);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                List<LexicalQuery.Weighted> terms = lexical.weighted(text, s, filter);
                List<Ranked> ranked = switch (mode) {
                    case BM25 -> lexicalHits(s, terms, filter, q.k());
                    case VECTOR -> vectorHits(s, vector, filter, q.k());
                    case HYBRID -> {
                        // each list reaches well past k, so a passage both lists rank just below k can still rise
                        int depth = Math.max(settings.fusionDepth(), 2 * q.k());
                        yield ReciprocalRankFusion.fuse(lexicalHits(s, terms, filter, depth), settings.lexicalWeight(),
                                vectorHits(s, vector, filter, depth), settings.vectorWeight(), q.k());
                    }
                };
                return hits(s, ranked, lexical.highlightingWeighted(terms), withSnippets);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index in " + path + " failed", e);
        }
    }

    /** See {@link PassageIndex#withSnippets(String, List)}. */
    List<SearchHit> withSnippets(String text, List<SearchHit> hits) {
        Query highlight;
        try {
            IndexSearcher s = searchers.acquire();
            try {
                highlight = lexical.highlightingWeighted(lexical.weighted(text == null ? "" : text, s.getIndexReader()));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index in " + path + " failed", e);
        }
        List<SearchHit> out = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            out.add(hit(h.passage(), h.score(), highlight));
        }
        return out;
    }

    private static Query filter(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (q.kind() != null) {
            b.add(new TermQuery(new Term(IndexFields.KIND, q.kind().wireName())), Occur.FILTER);
            any = true;
        }
        if (q.sourcePrefix() != null && !q.sourcePrefix().isEmpty()) {
            b.add(new PrefixQuery(new Term(IndexFields.SOURCE, q.sourcePrefix())), Occur.FILTER);
            any = true;
        }
        if (!q.excluded().isEmpty()) {
            // a query of MUST_NOT clauses alone matches nothing: they subtract from everything
            b.add(new MatchAllDocsQuery(), Occur.FILTER);
            for (String source : q.excluded()) {
                b.add(new TermQuery(new Term(IndexFields.SOURCE, source)), Occur.MUST_NOT);
            }
            any = true;
        }
        return any ? b.build() : null;
    }

    private List<Ranked> lexicalHits(IndexSearcher s, List<LexicalQuery.Weighted> terms, Query filter, int n) throws IOException {
        Query ranking = lexical.ranking(terms, settings.headingBoost());
        if (ranking == null) {
            return List.of();
        }
        Query query = filter == null ? ranking
                : new BooleanQuery.Builder().add(ranking, Occur.MUST).add(filter, Occur.FILTER).build();
        ScoreDoc[] docs = s.search(query, n).scoreDocs;
        String[] ids = PassageDocuments.ids(s, docs);
        List<Ranked> ranked = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            ranked.add(new Ranked(ids[i], docs[i].score));
        }
        return ranked;
    }

    /**
     * The n passages with the nearest windows. Several windows of one passage can be near, so more
     * windows than passages are fetched, and the search is widened until n distinct passages are
     * found or the index has no more.
     */
    private List<Ranked> vectorHits(IndexSearcher s, float[] vector, Query filter, int n) throws IOException {
        if (vector == null) {
            return List.of();
        }
        int windows = (int) Math.ceil(n * windowsPerPassage * WINDOW_MARGIN);
        while (true) {
            ScoreDoc[] docs = s.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, windows, filter), windows).scoreDocs;
            String[] ids = PassageDocuments.ids(s, docs);
            Set<String> seen = new LinkedHashSet<>();
            List<Ranked> ranked = new ArrayList<>(n);
            for (int i = 0; i < docs.length && ranked.size() < n; i++) {
                // hits come best first, so the first window seen of a passage is its best
                if (seen.add(ids[i])) {
                    // Lucene scores cosine as (1 + cos) / 2; report the cosine itself
                    ranked.add(new Ranked(ids[i], 2.0 * docs[i].score - 1.0));
                }
            }
            if (ranked.size() >= n || docs.length < windows) {
                return ranked;
            }
            windows *= 2;
        }
    }

    private List<SearchHit> hits(IndexSearcher s, List<Ranked> ranked, Query highlight, boolean withSnippets)
            throws IOException {
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Optional<Passage> p = PassageDocuments.load(s, r.id());
            if (p.isEmpty()) {
                continue;
            }
            if (!withSnippets) {
                hits.add(new SearchHit(p.get(), r.score(), "", List.of()));
                continue;
            }
            hits.add(hit(p.get(), r.score(), highlight));
        }
        return hits;
    }

    /** A hit with its snippet, the query's words highlighted. */
    private SearchHit hit(Passage passage, double score, Query highlight) {
        Snippets.Snippet snippet = snippets.of(passage.text(), highlight);
        return new SearchHit(passage, score, snippet.text(), snippet.highlights());
    }

    long passageCount() {
        return count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)));
    }

    long vectorCount() {
        return passageCount() + count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_WINDOW)));
    }

    private long count(Query q) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(q);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() throws IOException {
        searchers.close();
    }
}
