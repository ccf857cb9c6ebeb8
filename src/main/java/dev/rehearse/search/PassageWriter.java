package dev.rehearse.search;

import dev.rehearse.knowledge.Passage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * The writing side of a {@link PassageIndex}: embeds the passages of changed files and replaces
 * them in one commit, stamping each commit with the format and model it was built with, and
 * remembers which files that commit needs so a deleted index is noticed.
 */
final class PassageWriter {

    /** Texts embedded per call, between progress reports. */
    private static final int EMBED_BATCH = 32;
    /**
     * A sync that embeds this many passages is a bulk build: its segments are merged into one, since
     * a vector search walks one graph per segment (on 10,000 generated passages the merge halved
     * the vector search for ~30 s more build time).
     */
    private static final int BULK_PASSAGES = 1_000;

    private final Directory directory;
    private final IndexWriter writer;
    private final Embedder embedder;
    /** The files the last commit needs, plus the lock: all must stay in the folder while this index is open. */
    private volatile List<String> committedFiles = List.of();
    /** Set once the writer was given up for a rebuild: no more changes, searches still served. */
    private volatile boolean released;

    PassageWriter(Directory directory, Analyzer analyzer, Embedder embedder, IndexWriterConfig.OpenMode mode)
            throws IOException {
        this.directory = directory;
        this.embedder = embedder;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setSimilarity(new BM25Similarity())
                // every change is committed explicitly; closing after a failure must not commit half of it
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
    }

    IndexWriter writer() {
        return writer;
    }

    /**
     * Embeds every passage first, then replaces the updated files and removes the removed ones in one
     * commit, so a failure while embedding leaves the old state whole.
     *
     * @return the number of passages embedded
     */
    int apply(List<FileUpdate> updates, Collection<String> removed, SyncProgress progress) throws IOException {
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
        return passages.size();
    }

    private Map<String, List<float[]>> embed(List<Passage> passages, SyncProgress progress) {
        Map<String, List<float[]>> vectors = new HashMap<>();
        progress.update(0, passages.size());
        List<String> batch = new ArrayList<>();
        List<Passage> owners = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            for (String window : embedder.windows(PassageIndex.heading(p), p.text())) {
                batch.add(window);
                owners.add(p);
            }
            boolean lastPassage = i == passages.size() - 1;
            if (batch.size() >= EMBED_BATCH || lastPassage) {
                List<float[]> embedded = embedder.embedAll(batch);
                for (int j = 0; j < embedded.size(); j++) {
                    vectors.computeIfAbsent(owners.get(j).id(), id -> new ArrayList<>()).add(embedded.get(j));
                }
                progress.update(i + 1, passages.size());
                batch.clear();
                owners.clear();
            }
        }
        return vectors;
    }

    /** Commits what is pending, stamped with the format and model that {@link IndexFolder} checks on the next open. */
    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(
                IndexFields.COMMIT_FORMAT, IndexFolder.FORMAT_VERSION,
                IndexFields.COMMIT_MODEL, embedder.modelId()).entrySet());
        writer.commit();
        rememberCommittedFiles();
    }

    void rememberCommittedFiles() throws IOException {
        List<String> files = new ArrayList<>(SegmentInfos.readLatestCommit(directory).files(true));
        files.add(IndexWriter.WRITE_LOCK_NAME);
        committedFiles = List.copyOf(files);
    }

    List<String> committedFiles() {
        return committedFiles;
    }

    /** "was given up for a rebuild" once {@link #release()} ran, else empty. */
    Optional<String> givenUp() {
        if (released) {
            return Optional.of("was given up for a rebuild");
        }
        return Optional.empty();
    }

    /** Why the writer closed itself (an error it cannot recover from), or empty while it is open. */
    Optional<String> broken() {
        if (!writer.isOpen()) {
            Throwable cause = writer.getTragicException();
            return Optional.of("stopped taking changes after an error (" + (cause == null ? "writer closed" : PassageIndex.describe(cause)) + ")");
        }
        return Optional.empty();
    }

    /** Drops whatever is pending and gives up the folder's lock; the writer takes no more changes. */
    void release() throws IOException {
        released = true;
        writer.rollback();
    }

    /** Drops whatever is pending without marking the writer given up: for an index abandoned as it opens. */
    void rollback() throws IOException {
        writer.rollback();
    }

    void close() throws IOException {
        writer.close();
    }
}
