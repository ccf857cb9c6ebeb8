package dev.rehearse.search;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.ParsedFile;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge folder, parsed and indexed: the current {@link KnowledgeBase} snapshot plus the
 * on-disk {@link PassageIndex} kept in step with the files. Syncing is incremental: a file whose
 * content hash and passages are unchanged is not embedded again, so a restart on unchanged
 * knowledge embeds nothing.
 *
 * <p>Thread-safe: searches run concurrently with each other and with a sync; a search sees the index
 * before or after a sync's single commit, never a half-applied one.
 */
public final class KnowledgeIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);
    /** Editors save in bursts; wait this long for quiet before syncing. */
    private static final Duration WATCH_QUIET = Duration.ofMillis(150);
    /** ... but never longer than this after the first change. */
    private static final Duration WATCH_MAX_DELAY = Duration.ofMillis(800);

    private final Path knowledgeDir;
    private final PassageIndex index;
    private final KnowledgeLoader loader = new KnowledgeLoader();
    private final ReentrantLock syncLock = new ReentrantLock();
    private final KnowledgeWatcher watcher;

    private volatile KnowledgeBase knowledge = KnowledgeBase.empty();
    private volatile Instant lastSync;
    private volatile SyncReport lastReport;
    private volatile boolean closed;

    private KnowledgeIndex(Path knowledgeDir, PassageIndex index) {
        this.knowledgeDir = knowledgeDir;
        this.index = index;
        this.watcher = new KnowledgeWatcher(knowledgeDir, this::syncFromWatcher, WATCH_QUIET, WATCH_MAX_DELAY);
    }

    /** Opens (or creates, or rebuilds) the index in {@code indexDir} and brings it up to date with the folder. */
    public static KnowledgeIndex open(Path knowledgeDir, Path indexDir, Embedder embedder) {
        return open(knowledgeDir, indexDir, embedder, SyncProgress.NONE);
    }

    /** As {@link #open(Path, Path, Embedder)}, reporting the first sync's embedding progress. */
    public static KnowledgeIndex open(Path knowledgeDir, Path indexDir, Embedder embedder, SyncProgress progress) {
        return open(knowledgeDir, indexDir, embedder, RankingSettings.DEFAULT, progress);
    }

    static KnowledgeIndex open(Path knowledgeDir, Path indexDir, Embedder embedder, RankingSettings settings,
                               SyncProgress progress) {
        PassageIndex index = PassageIndex.open(indexDir, embedder, settings);
        KnowledgeIndex k = new KnowledgeIndex(realPath(knowledgeDir), index);
        try {
            k.sync(progress);
            return k;
        } catch (RuntimeException e) {
            k.close();
            throw e;
        }
    }

    /**
     * The folder with links resolved: a knowledge folder that is a symbolic link would otherwise be
     * walked as a file (no knowledge found, every passage removed) and not watched.
     */
    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            // a missing folder: the first sync reports it by name
            return dir;
        }
    }

    public SyncReport sync() {
        return sync(SyncProgress.NONE);
    }

    /**
     * Reads the folder and updates the index: added and changed files are (re-)embedded, removed
     * files' passages deleted, unchanged files left alone. Then the snapshot is swapped.
     */
    public SyncReport sync(SyncProgress progress) {
        syncLock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the knowledge index is closed");
            }
            long start = System.nanoTime();
            List<ParsedFile> parsed = new ArrayList<>();
            for (SourceFile f : loader.read(knowledgeDir)) {
                parsed.add(loader.parse(f));
            }
            Map<String, IndexedFile> indexed = index.files();
            List<FileUpdate> updates = new ArrayList<>();
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            Set<String> present = new HashSet<>();
            for (ParsedFile f : parsed) {
                present.add(f.source());
                IndexedFile old = indexed.get(f.source());
                List<String> ids = f.passages().stream().map(Passage::id).toList();
                if (old != null && old.hash().equals(f.file().hash()) && old.passageIds().equals(ids)) {
                    unchanged++;
                    continue;
                }
                if (old == null) {
                    added++;
                } else {
                    changed++;
                }
                updates.add(new FileUpdate(f.source(), f.file().hash(), f.passages()));
            }
            List<String> removed = indexed.keySet().stream().filter(s -> !present.contains(s)).toList();
            int embedded = updates.isEmpty() && removed.isEmpty() ? 0 : index.apply(updates, removed, progress);
            KnowledgeBase snapshot = new KnowledgeBase(parsed);
            knowledge = snapshot;
            long millis = (System.nanoTime() - start) / 1_000_000;
            SyncReport report = new SyncReport(added, changed, removed.size(), unchanged, embedded,
                    snapshot.passages().size(), millis);
            lastReport = report;
            lastSync = Instant.now();
            if (report.changedAnything()) {
                log.info("Index synced: {}", report.summary());
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the index in " + index.path(), e);
        } finally {
            syncLock.unlock();
        }
    }

    private void syncFromWatcher() {
        if (!closed) {
            sync();
        }
    }

    public List<SearchHit> search(SearchQuery q) {
        return index.search(q);
    }

    /** As {@link #search(SearchQuery)}, optionally without snippets (empty snippet, no highlights), which is cheaper. */
    public List<SearchHit> search(SearchQuery q, boolean withSnippets) {
        return index.search(q, withSnippets);
    }

    /** A passage of the current snapshot by id. */
    public Optional<Passage> passage(String id) {
        return id == null ? Optional.empty() : knowledge.passage(id);
    }

    /** The knowledge as of the last sync. */
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Path knowledgeDir() {
        return knowledgeDir;
    }

    public IndexStats stats() {
        KnowledgeBase kb = knowledge;
        Map<PassageKind, Long> byKind = new EnumMap<>(PassageKind.class);
        for (PassageKind kind : PassageKind.values()) {
            byKind.put(kind, kb.count(kind));
        }
        return new IndexStats(byKind, kb.files().size(), lastSync, kb.passages().size(), index.vectorCount(),
                index.modelId(), lastReport);
    }

    /**
     * Starts watching the folder: from now on an edited, added or deleted file is synced within a
     * second or so, on the watcher's thread.
     */
    public void startWatching() {
        try {
            watcher.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + knowledgeDir + " for changes", e);
        }
    }

    /** Stops the watcher, waits for a running sync, and closes the index. */
    @Override
    public void close() {
        watcher.close();
        syncLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            index.close();
        } catch (IOException e) {
            log.warn("Closing the index in {}: {}", index.path(), e.getMessage());
        } finally {
            syncLock.unlock();
        }
    }
}
