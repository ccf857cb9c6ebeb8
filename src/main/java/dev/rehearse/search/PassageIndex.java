package dev.rehearse.search;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of passages: BM25 text fields and MiniLM vectors side by side, searched by words,
 * by meaning, or both fused. It knows nothing of folders; {@link KnowledgeIndex} feeds it files and
 * the BEIR evaluation feeds it a corpus, so both measure the same ranking code.
 *
 * <p>The index is derived data. Opened on a folder whose index is of another format, built with
 * another embedding model, or unreadable, it is wiped and rebuilt empty with one WARN line saying
 * why; the caller's next sync fills it again.
 */
public final class PassageIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);

    /** Bump when the fields or the way passages are embedded change: older indexes are then rebuilt. */
    static final String FORMAT_VERSION = "3";
    /** Texts embedded per call, between progress reports. */
    private static final int EMBED_BATCH = 32;
    /**
     * A sync that embeds this many passages is a bulk build: its segments are merged into one, since
     * a vector search walks one graph per segment (on 10,000 generated passages the merge halved
     * the vector search for ~30 s more build time).
     */
    private static final int BULK_PASSAGES = 1_000;
    /** Vector hits first fetched per wanted passage, over the index's average windows per passage. */
    private static final double WINDOW_MARGIN = 1.25;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private final RankingSettings settings;
    private final LexicalQuery lexical;
    private final Snippets snippets;
    /** Vectors per passage in the index, kept current by each commit; sizes the vector search. */
    private volatile double windowsPerPassage = 1;
    /** The files the last commit needs, plus the lock: all must stay in the folder while this index is open. */
    private volatile List<String> committedFiles = List.of();
    /** Set once the writer was given up for a rebuild: no more changes, searches still served. */
    private volatile boolean writerReleased;

    private PassageIndex(Path path, Directory directory, Embedder embedder, RankingSettings settings,
                         IndexWriterConfig.OpenMode mode) throws IOException {
        this.path = path;
        this.directory = directory;
        this.embedder = embedder;
        this.settings = settings;
        Analyzer analyzer = TextAnalysis.english();
        this.lexical = new LexicalQuery(analyzer);
        this.snippets = new Snippets(analyzer);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setSimilarity(new BM25Similarity())
                // every change is committed explicitly; closing after a failure must not commit half of it
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        try {
            BM25Similarity similarity = new BM25Similarity(settings.bm25K1(), settings.bm25B());
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher s = new IndexSearcher(reader);
                    s.setSimilarity(similarity);
                    return s;
                }
            });
            if (mode == IndexWriterConfig.OpenMode.CREATE) {
                commit();
            } else {
                rememberCommittedFiles();
            }
            updateWindowsPerPassage();
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Opens the index in {@code path}, creating it, or rebuilding it empty when it is stale or unreadable. */
    public static PassageIndex open(Path path, Embedder embedder, RankingSettings settings) {
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(settings, "settings");
        FSDirectory directory;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot use " + path + " as the index folder: " + e, e);
        }
        try {
            return openIn(path, directory, embedder, settings);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IndexUnavailableException("the index in " + path
                    + " is in use by another Rehearse process; stop it or give this one another data directory", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexUnavailableException("cannot create the index in " + path + ": " + e, e);
        }
    }

    /**
     * A new, empty index in {@code path}, whatever the folder held (or if it is gone): for a rebuild whose
     * reason the caller has already logged. The folder's lock must be free, so the index being replaced
     * has to {@link #releaseWriter()} first.
     */
    static PassageIndex recreate(Path path, Embedder embedder, RankingSettings settings) throws IOException {
        Files.createDirectories(path);
        FSDirectory directory = FSDirectory.open(path);
        try {
            wipe(path, directory);
            return new PassageIndex(path, directory, embedder, settings, IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private static PassageIndex openIn(Path path, Directory directory, Embedder embedder, RankingSettings settings)
            throws IOException {
        String reason;
        try {
            if (!DirectoryReader.indexExists(directory)) {
                log.info("Creating the search index in {}", path);
                return new PassageIndex(path, directory, embedder, settings, IndexWriterConfig.OpenMode.CREATE);
            }
            reason = staleness(SegmentInfos.readLatestCommit(directory).getUserData(), embedder);
            if (reason == null) {
                PassageIndex index = new PassageIndex(path, directory, embedder, settings, IndexWriterConfig.OpenMode.APPEND);
                try {
                    index.verify();
                    return index;
                } catch (IOException | RuntimeException e) {
                    index.abandon();
                    reason = "it is damaged (" + describe(e) + ")";
                }
            }
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            reason = "it cannot be read (" + describe(e) + ")";
        }
        // wiping takes the write lock first: an index another process holds is refused, not rebuilt
        wipe(path, directory);
        log.warn("Rebuilding the search index in {} from the knowledge files: {}", path, reason);
        return new PassageIndex(path, directory, embedder, settings, IndexWriterConfig.OpenMode.CREATE);
    }

    /** Why an index with this commit data cannot be reused, or null when it can. */
    private static String staleness(Map<String, String> commitData, Embedder embedder) {
        String format = commitData.get(IndexFields.COMMIT_FORMAT);
        if (!FORMAT_VERSION.equals(format)) {
            return "it has index format " + (format == null ? "(none)" : format) + ", this version uses " + FORMAT_VERSION;
        }
        String model = commitData.get(IndexFields.COMMIT_MODEL);
        if (!embedder.modelId().equals(model)) {
            return "its vectors come from embedding model " + model + ", this version uses " + embedder.modelId();
        }
        return null;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Deletes the index files, holding the write lock so another process's live index is never touched. */
    private static void wipe(Path path, Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
             Stream<Path> files = Files.list(path)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.deleteIfExists(f);
                }
            }
            lock.ensureValid();
        }
    }

    /** Reads every segment through its checksums and the file records, so damage shows now, not mid-search. */
    private void verify() throws IOException {
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
    public Map<String, IndexedFile> files() throws IOException {
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

    /**
     * Replaces the passages of the updated files and removes those of the removed ones, in one commit:
     * a search sees either the old or the new state of a file, never a mix. Everything is embedded
     * before the index is touched, so a failure leaves the old state whole.
     *
     * @return the number of passages embedded
     */
    public synchronized int apply(List<FileUpdate> updates, Collection<String> removed, SyncProgress progress)
            throws IOException {
        List<Passage> passages = updates.stream().flatMap(u -> u.passages().stream()).toList();
        Map<String, List<float[]>> vectors = embed(passages, progress == null ? SyncProgress.NONE : progress);
        for (FileUpdate u : updates) {
            List<Document> docs = new ArrayList<>();
            docs.add(PassageDocuments.fileDocument(u));
            for (Passage p : u.passages()) {
                List<float[]> v = vectors.get(p.id());
                docs.add(PassageDocuments.passageDocument(p, v.get(0)));
                for (int w = 1; w < v.size(); w++) {
                    docs.add(PassageDocuments.windowDocument(p, v.get(w)));
                }
            }
            writer.deleteDocuments(new Term(IndexFields.SOURCE, u.source()));
            writer.addDocuments(docs);
        }
        for (String source : removed) {
            writer.deleteDocuments(new Term(IndexFields.SOURCE, source));
        }
        commit();
        if (passages.size() >= BULK_PASSAGES) {
            writer.forceMerge(1);
            commit();
        }
        searchers.maybeRefreshBlocking();
        updateWindowsPerPassage();
        return passages.size();
    }

    private Map<String, List<float[]>> embed(List<Passage> passages, SyncProgress progress) {
        Map<String, List<float[]>> vectors = new HashMap<>();
        progress.update(0, passages.size());
        List<String> batch = new ArrayList<>();
        List<Passage> owners = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            for (String window : embedder.windows(heading(p), p.text())) {
                batch.add(window);
                owners.add(p);
            }
            boolean lastPassage = i == passages.size() - 1;
            if (batch.size() >= EMBED_BATCH || lastPassage) {
                List<float[]> embedded = embedder.embedAll(batch);
                for (int j = 0; j < embedded.size(); j++) {
                    vectors.computeIfAbsent(owners.get(j).id(), id -> new ArrayList<>()).add(embedded.get(j));
                }
                done = i + 1;
                progress.update(done, passages.size());
                batch.clear();
                owners.clear();
            }
        }
        return vectors;
    }

    /** The words that say what a passage is about beyond its text: the heading path for research, else the title. */
    public static String heading(Passage p) {
        if (p.kind() == PassageKind.RESEARCH && !p.section().isBlank()) {
            return p.section();
        }
        return p.title();
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(
                IndexFields.COMMIT_FORMAT, FORMAT_VERSION,
                IndexFields.COMMIT_MODEL, embedder.modelId()).entrySet());
        writer.commit();
        rememberCommittedFiles();
    }

    private void rememberCommittedFiles() throws IOException {
        List<String> files = new ArrayList<>(SegmentInfos.readLatestCommit(directory).files(true));
        files.add(IndexWriter.WRITE_LOCK_NAME);
        committedFiles = List.copyOf(files);
    }

    /**
     * Why this index can no longer take changes, or empty when it can. Looks only at what is cheap to
     * look at (whether the folder and the last commit's files are still there, whether the writer is
     * still open), so it can run every second. Synchronized with {@link #apply}: a commit replaces
     * files, and the check must not see the old commit's files half gone.
     *
     * @return a phrase completing "The search index in DIR …"
     */
    public synchronized Optional<String> damage() {
        if (writerReleased) {
            return Optional.of("was given up for a rebuild");
        }
        if (!Files.isDirectory(path)) {
            return Optional.of("was deleted while Rehearse was running (the folder is gone)");
        }
        List<String> expected = committedFiles;
        List<String> gone = expected.stream().filter(f -> !Files.exists(path.resolve(f))).toList();
        if (!gone.isEmpty()) {
            String some = String.join(", ", gone.subList(0, Math.min(3, gone.size()))) + (gone.size() > 3 ? ", …" : "");
            return Optional.of("was deleted while Rehearse was running (" + gone.size() + " of its " + expected.size()
                    + " files " + (gone.size() == 1 ? "is" : "are") + " gone: " + some + ")");
        }
        if (!writer.isOpen()) {
            Throwable cause = writer.getTragicException();
            return Optional.of("stopped taking changes after an error (" + (cause == null ? "writer closed" : describe(cause)) + ")");
        }
        return Optional.empty();
    }

    /**
     * Gives up the writer and the folder's lock, so a new index can be built in the same folder, while
     * searches go on from the reader already open (its files stay readable even when deleted). After
     * this, {@link #apply} fails; {@link #close()} still has to be called once searches moved on.
     */
    public synchronized void releaseWriter() {
        writerReleased = true;
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            // with the folder gone the rollback fails listing it, but still releases the lock in its finally
            // (IndexDeletionTest's whole-folder case rebuilds in the same folder, which needs that lock)
            log.debug("Rolling back the writer of {}: {}", path, describe(e));
        }
    }

    /** The best passages for the query; never throws on odd text: no indexable words just means no BM25 hits. */
    public List<SearchHit> search(SearchQuery q) {
        return search(q, true);
    }

    /**
     * As {@link #search(SearchQuery)}; without snippets each hit's snippet is empty and has no
     * highlights, which saves analysing every hit's text for callers that do not show them.
     */
    public List<SearchHit> search(SearchQuery q, boolean withSnippets) {
        Objects.requireNonNull(q, "query");
        if (q.k() < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + q.k());
        }
        String text = q.text() == null ? "" : q.text();
        if (text.isBlank()) {
            return List.of();
        }
        SearchMode mode = q.mode() == null ? SearchMode.HYBRID : q.mode();
        List<String> terms = lexical.terms(text);
        Query filter = filter(q);
        // text the model cannot read (only control or zero-width characters) has no vector: words alone rank it
        float[] vector = mode == SearchMode.BM25 || !embedder.reads(text) ? null : embedder.embed(text);
        try {
            IndexSearcher s = searchers.acquire();
            try {
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
                return hits(s, ranked, lexical.highlighting(terms), withSnippets);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index in " + path + " failed", e);
        }
    }

    /**
     * The given hits with the snippets and highlights {@link #search(SearchQuery)} would have given them
     * for this query text: for a caller that searched deep without snippets and keeps only a few hits.
     */
    public List<SearchHit> withSnippets(String text, List<SearchHit> hits) {
        Query highlight = lexical.highlighting(lexical.terms(text == null ? "" : text));
        List<SearchHit> out = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            out.add(hit(h.passage(), h.score(), highlight));
        }
        return out;
    }

    /** A passage id with the score it ranked by. */
    record Ranked(String id, double score) {
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
        return any ? b.build() : null;
    }

    private List<Ranked> lexicalHits(IndexSearcher s, List<String> terms, Query filter, int n) throws IOException {
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

    private void updateWindowsPerPassage() {
        long passages = passageCount();
        windowsPerPassage = passages == 0 ? 1 : Math.max(1, (double) vectorCount() / passages);
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

    /** Passages in the index. */
    public long passageCount() {
        return count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)));
    }

    /** Vectors in the index: one per passage plus the extra windows of long passages. */
    public long vectorCount() {
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

    public Path path() {
        return path;
    }

    public String modelId() {
        return embedder.modelId();
    }

    /** Closes without committing anything pending: used when an opened index proved damaged. */
    private void abandon() {
        try {
            searchers.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing; the index is about to be wiped
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // as above
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }

    private static void closeQuietly(Directory d) {
        try {
            d.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
