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
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.lucene.store.AlreadyClosedException;
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
 *
 * <p>The index folder can be deleted under a running server (by hand, by a cleanup script). Searches
 * go on from the reader already open, whose files stay readable; each sync and a check every second
 * notice the loss, and the index is rebuilt from the knowledge files in a fresh folder at the same
 * place, with one WARN line, and swapped in once complete.
 */
public final class KnowledgeIndex implements KnowledgeSearch, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);
    /** Editors save in bursts; wait this long for quiet before syncing. */
    private static final Duration WATCH_QUIET = Duration.ofMillis(150);
    /** ... but never longer than this after the first change. */
    private static final Duration WATCH_MAX_DELAY = Duration.ofMillis(800);
    /** How often a watched index looks for its folder: a few file lookups, so often is cheap. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final Path knowledgeDir;
    private final Path indexDir;
    private final Embedder embedder;
    private final RankingSettings settings;
    private final KnowledgeLoader loader = new KnowledgeLoader();
    private final ReentrantLock syncLock = new ReentrantLock();
    private final KnowledgeWatcher watcher;
    /** Replaced by a rebuild; searches take whichever is current. */
    private volatile PassageIndex index;
    /** Started with the watcher: looks for a deleted index folder between syncs. */
    private ScheduledExecutorService checker;
    /**
     * Why the last rebuild was needed, while it has not yet succeeded; null otherwise. Written under syncLock;
     * volatile so the health endpoint can read it without waiting for a rebuild to finish.
     */
    private volatile String rebuildPending;
    /** What stopped the last rebuild attempt, while the rebuild is still pending; null otherwise. As rebuildPending. */
    private volatile String rebuildFailure;
    /** Whether a failed rebuild attempt was logged since the last success. Guarded by syncLock. */
    private boolean rebuildFailureLogged;

    private volatile KnowledgeBase knowledge = KnowledgeBase.empty();
    private volatile Instant lastSync;
    private volatile SyncReport lastReport;
    private volatile boolean closed;

    private KnowledgeIndex(Path knowledgeDir, PassageIndex index, Embedder embedder, RankingSettings settings) {
        this.knowledgeDir = knowledgeDir;
        this.indexDir = index.path();
        this.index = index;
        this.embedder = embedder;
        this.settings = settings;
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
        KnowledgeIndex k = new KnowledgeIndex(realPath(knowledgeDir), index, embedder, settings);
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
     * files' passages deleted, unchanged files left alone. Then the snapshot is swapped. An index
     * whose folder was deleted is rebuilt instead.
     */
    public SyncReport sync(SyncProgress progress) {
        syncLock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the knowledge index is closed");
            }
            String damage = damage();
            if (damage != null) {
                return rebuild(damage, progress);
            }
            SyncReport report;
            try {
                report = syncInto(index, progress);
            } catch (IOException | RuntimeException e) {
                // a commit into a deleted folder fails (NoSuchFileException, or the lock found gone)
                String after = damage();
                if (after != null) {
                    return rebuild(after, progress);
                }
                if (e instanceof IOException io) {
                    throw new UncheckedIOException("cannot update the index in " + indexDir, io);
                }
                throw (RuntimeException) e;
            }
            if (report.changedAnything()) {
                log.info("Index synced: {}", report.summary());
            }
            return report;
        } finally {
            syncLock.unlock();
        }
    }

    /** Why the index must be rebuilt, or null. Under syncLock. */
    private String damage() {
        return rebuildPending != null ? rebuildPending : index.damage().orElse(null);
    }

    /** Brings {@code target} up to date with the folder and publishes the new snapshot. Under syncLock. */
    private SyncReport syncInto(PassageIndex target, SyncProgress progress) throws IOException {
        long start = System.nanoTime();
        List<ParsedFile> parsed = new ArrayList<>();
        for (SourceFile f : loader.read(knowledgeDir)) {
            parsed.add(loader.parse(f));
        }
        Map<String, IndexedFile> indexed = target.files();
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
        int embedded = updates.isEmpty() && removed.isEmpty() ? 0 : target.apply(updates, removed, progress);
        KnowledgeBase snapshot = new KnowledgeBase(parsed);
        knowledge = snapshot;
        long millis = (System.nanoTime() - start) / 1_000_000;
        SyncReport report = new SyncReport(added, changed, removed.size(), unchanged, embedded,
                snapshot.passages().size(), millis);
        lastReport = report;
        lastSync = Instant.now();
        return report;
    }

    /**
     * Builds a new index of the whole folder where the damaged one was, and swaps it in once complete.
     * Until then searches are served by the old index's open reader. Under syncLock.
     */
    private SyncReport rebuild(String reason, SyncProgress progress) {
        if (rebuildPending == null) {
            // one line per loss, however many attempts the rebuild takes
            log.warn("The search index in {} {}; rebuilding it from the knowledge files", indexDir, reason);
            rebuildPending = reason;
        }
        PassageIndex old = index;
        // the new index needs the folder's lock, which the old writer holds even when its file is gone
        old.releaseWriter();
        PassageIndex fresh = null;
        try {
            fresh = PassageIndex.recreate(indexDir, embedder, settings);
            SyncReport report = syncInto(fresh, progress);
            index = fresh;
            rebuildFailure = null;
            rebuildPending = null;
            rebuildFailureLogged = false;
            closeQuietly(old);
            log.info("Rebuilt the search index in {}: {}", indexDir, report.summary());
            return report;
        } catch (IOException | RuntimeException e) {
            if (fresh != null) {
                closeQuietly(fresh);
            }
            // before the log line, so whoever sees the warning also sees it in rebuildNote()
            rebuildFailure = PassageIndex.describe(e);
            String message = "cannot rebuild the search index in " + indexDir + " (" + PassageIndex.describe(e)
                    + "); searches are served by the index as it was, and the rebuild is tried again on the next check or change";
            if (!rebuildFailureLogged) {
                log.warn("Could not rebuild the search index in {} ({}); searches are served by the index as it was, "
                        + "and the rebuild is tried again on the next check or change", indexDir, PassageIndex.describe(e));
                rebuildFailureLogged = true;
            }
            throw new IndexUnavailableException(message, e);
        }
    }

    private static void closeQuietly(PassageIndex i) {
        try {
            i.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the replaced index in {}: {}", i.path(), e.getMessage());
        }
    }

    /**
     * Plain words on a rebuild that is pending or running, for the health endpoint: why it is needed, that
     * searches meanwhile use the index as it was, and what stopped the last attempt if one failed. Empty when
     * the index is ready. Safe from any thread; never waits for a sync or rebuild.
     */
    public Optional<String> rebuildNote() {
        String reason = rebuildPending;
        if (reason == null) {
            return Optional.empty();
        }
        String failure = rebuildFailure;
        String note = "the search index " + reason + "; rebuilding it from the knowledge files; searches use the index as it was";
        if (failure != null) {
            note += "; the last attempt failed (" + failure + ") and is tried again on the next check or change";
        }
        return Optional.of(note);
    }

    /** The periodic check: rebuilds a deleted index between syncs. Never on a request thread. */
    private void checkIndex() {
        // a running sync checks for itself
        if (closed || !syncLock.tryLock()) {
            return;
        }
        try {
            if (closed) {
                return;
            }
            String damage = damage();
            if (damage != null) {
                rebuild(damage, SyncProgress.NONE);
            }
        } catch (RuntimeException e) {
            // the first failure was logged by rebuild(); the next check tries again
            log.debug("Rebuilding the search index in {} failed, will try again: {}", indexDir, e.getMessage());
        } finally {
            syncLock.unlock();
        }
    }

    private void syncFromWatcher() {
        if (!closed) {
            sync();
        }
    }

    @Override
    public List<SearchHit> search(SearchQuery q) {
        return read(i -> i.search(q));
    }

    /** As {@link #search(SearchQuery)}, optionally without snippets (empty snippet, no highlights), which is cheaper. */
    @Override
    public List<SearchHit> search(SearchQuery q, boolean withSnippets) {
        return read(i -> i.search(q, withSnippets));
    }

    /** The hits with their snippets for the query text, as a search with snippets would give them. */
    @Override
    public List<SearchHit> withSnippets(String text, List<SearchHit> hits) {
        return read(i -> i.withSnippets(text, hits));
    }

    /**
     * Runs a read on the current index. A rebuild can swap and close the index between this thread
     * taking it and searching it; the read is then run again on the new one. A read that fails for
     * any other reason (the open reader itself unusable) is reported as the index being unavailable,
     * which the API turns into a 503 naming the problem.
     */
    private <T> T read(Function<PassageIndex, T> op) {
        PassageIndex current = index;
        try {
            return op.apply(current);
        } catch (AlreadyClosedException | UncheckedIOException e) {
            PassageIndex now = index;
            if (now != current) {
                return op.apply(now);
            }
            if (closed) {
                throw new IndexUnavailableException("the search index is closed: Rehearse is shutting down", e);
            }
            requestCheck();
            throw new IndexUnavailableException("the search index in " + indexDir + " cannot be read ("
                    + e.getMessage() + "); it is being rebuilt from the knowledge files, try again in a few seconds", e);
        }
    }

    /** Runs the index check soon on its own thread (when watching), rather than waiting for the next second. */
    private synchronized void requestCheck() {
        if (checker != null && !checker.isShutdown()) {
            try {
                checker.execute(this::checkIndex);
            } catch (RejectedExecutionException e) {
                // shutting down: nothing left to check
            }
        }
    }

    /** A passage of the current snapshot by id. */
    @Override
    public Optional<Passage> passage(String id) {
        return id == null ? Optional.empty() : knowledge.passage(id);
    }

    /** The knowledge as of the last sync. */
    @Override
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
        return new IndexStats(byKind, kb.files().size(), lastSync, kb.passages().size(), read(PassageIndex::vectorCount),
                embedder.modelId(), lastReport);
    }

    /**
     * Starts watching the folder: from now on an edited, added or deleted file is synced within a
     * second or so, on the watcher's thread. The index folder is checked every second too, and
     * rebuilt on a thread of its own when it was deleted.
     */
    public void startWatching() {
        try {
            watcher.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + knowledgeDir + " for changes", e);
        }
        synchronized (this) {
            if (checker == null && !closed) {
                checker = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "index-check");
                    t.setDaemon(true);
                    return t;
                });
                checker.scheduleWithFixedDelay(this::checkIndex, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Stops the watcher and the check, waits for a running sync, and closes the index. */
    @Override
    public void close() {
        watcher.close();
        synchronized (this) {
            if (checker != null) {
                // cancels the coming checks; a running one finishes under the lock taken below
                checker.shutdown();
            }
        }
        syncLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            index.close();
        } catch (IOException e) {
            log.warn("Closing the index in {}: {}", indexDir, e.getMessage());
        } finally {
            syncLock.unlock();
        }
    }
}
