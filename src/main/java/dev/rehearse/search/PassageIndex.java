package dev.rehearse.search;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of passages: BM25 text fields and MiniLM vectors side by side, searched by words,
 * by meaning, or both fused. It knows nothing of folders; {@link KnowledgeIndex} feeds it files and
 * the BEIR evaluation feeds it a corpus, so both measure the same ranking code.
 *
 * <p>The index is derived data. Opened on a folder whose index is of another format, built with
 * another embedding model, or unreadable, it is wiped and rebuilt empty with one WARN line saying
 * why; the caller's next sync fills it again. The folder's care is {@link IndexFolder}'s, writing is
 * {@link PassageWriter}'s and ranking {@link PassageSearcher}'s; this class ties the three to one
 * folder and keeps a commit and the searches' view of it in step.
 */
public final class PassageIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);

    private final Path path;
    private final Directory directory;
    private final Embedder embedder;
    private final PassageWriter writer;
    private final PassageSearcher searcher;

    PassageIndex(Path path, Directory directory, Embedder embedder, RankingSettings settings,
                 IndexWriterConfig.OpenMode mode) throws IOException {
        this.path = path;
        this.directory = directory;
        this.embedder = embedder;
        Analyzer analyzer = TextAnalysis.english();
        this.writer = new PassageWriter(directory, analyzer, embedder, mode);
        try {
            this.searcher = new PassageSearcher(path, writer.writer(), analyzer, embedder, settings);
            if (mode == IndexWriterConfig.OpenMode.CREATE) {
                writer.commit();
            } else {
                writer.rememberCommittedFiles();
            }
            searcher.updateWindowsPerPassage();
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Opens the index in {@code path}, creating it, or rebuilding it empty when it is stale or unreadable. */
    public static PassageIndex open(Path path, Embedder embedder, RankingSettings settings) {
        return IndexFolder.open(path, embedder, settings);
    }

    /**
     * A new, empty index in {@code path}, whatever the folder held (or if it is gone): for a rebuild whose
     * reason the caller has already logged. The folder's lock must be free, so the index being replaced
     * has to {@link #releaseWriter()} first.
     */
    static PassageIndex recreate(Path path, Embedder embedder, RankingSettings settings) throws IOException {
        return IndexFolder.recreate(path, embedder, settings);
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Reads every segment through its checksums and the file records, so damage shows now, not mid-search. */
    void verify() throws IOException {
        searcher.verify();
    }

    /** The files the index holds, by source. */
    public Map<String, IndexedFile> files() throws IOException {
        return searcher.files();
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
        int embedded = writer.apply(updates, removed, progress);
        searcher.refresh();
        return embedded;
    }

    /** The words that say what a passage is about beyond its text: the heading path for research, else the title. */
    public static String heading(Passage p) {
        if (p.kind() == PassageKind.RESEARCH && !p.section().isBlank()) {
            return p.section();
        }
        return p.title();
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
        Optional<String> givenUp = writer.givenUp();
        if (givenUp.isPresent()) {
            return givenUp;
        }
        Optional<String> deleted = IndexFolder.deletion(path, writer.committedFiles());
        return deleted.isPresent() ? deleted : writer.broken();
    }

    /**
     * Gives up the writer and the folder's lock, so a new index can be built in the same folder, while
     * searches go on from the reader already open (its files stay readable even when deleted). After
     * this, {@link #apply} fails; {@link #close()} still has to be called once searches moved on.
     */
    public synchronized void releaseWriter() {
        try {
            writer.release();
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
        return searcher.search(q, withSnippets);
    }

    /**
     * The given hits with the snippets and highlights {@link #search(SearchQuery)} would have given them
     * for this query text: for a caller that searched deep without snippets and keeps only a few hits.
     */
    public List<SearchHit> withSnippets(String text, List<SearchHit> hits) {
        return searcher.withSnippets(text, hits);
    }

    /** A passage id with the score it ranked by. */
    record Ranked(String id, double score) {
    }

    /** Passages in the index. */
    public long passageCount() {
        return searcher.passageCount();
    }

    /** Vectors in the index: one per passage plus the extra windows of long passages. */
    public long vectorCount() {
        return searcher.vectorCount();
    }

    public Path path() {
        return path;
    }

    public String modelId() {
        return embedder.modelId();
    }

    /** Closes without committing anything pending: used when an opened index proved damaged. */
    void abandon() {
        try {
            searcher.close();
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
            searcher.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
