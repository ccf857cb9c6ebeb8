package dev.rehearse.search;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.rehearse.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder and its sub-folders (new ones too) and calls back once a burst of
 * changes has settled: editors save in several steps, and one sync per save is enough. The callback
 * runs on the watcher's own thread, never on a request thread.
 */
final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final Path root;
    private final Runnable onChange;
    private final Duration quiet;
    private final Duration maxDelay;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private WatchService service;
    private Thread thread;

    /**
     * @param quiet    how long no further change must arrive before the callback runs
     * @param maxDelay the callback runs by then even if changes keep coming
     */
    KnowledgeWatcher(Path root, Runnable onChange, Duration quiet, Duration maxDelay) {
        this.root = root;
        this.onChange = onChange;
        this.quiet = quiet;
        this.maxDelay = maxDelay;
    }

    synchronized void start() throws IOException {
        if (thread != null) {
            return;
        }
        service = root.getFileSystem().newWatchService();
        registerTree(root);
        thread = new Thread(this::run, "knowledge-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for changes", root);
    }

    private void registerTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && KnowledgeLoader.isHidden(KnowledgeLoader.relative(root, dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // a folder removed while we walk is no reason to stop watching the rest
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                boolean relevant = handle(service.take());
                long deadline = System.nanoTime() + maxDelay.toNanos();
                WatchKey more;
                while (System.nanoTime() < deadline && (more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        log.warn("Could not update the index after a change in {}: {}", root, e.getMessage());
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing: fall through and end the thread
        }
    }

    /** Registers new folders; true when the events can change what the index holds. */
    private boolean handle(WatchKey key) {
        Path dir = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                relevant = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String rel = KnowledgeLoader.relative(root, path);
            if (KnowledgeLoader.isHidden(rel)) {
                continue;
            }
            boolean folder = Files.isDirectory(path);
            if (event.kind() == ENTRY_CREATE && folder) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    log.warn("Cannot watch new folder {}: {}", path, e.getMessage());
                }
            }
            // a deleted folder cannot be told from a deleted file any more, so deletions always count
            relevant |= folder || event.kind() == ENTRY_DELETE || KnowledgeLoader.isKnowledgeFile(rel);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    @Override
    public synchronized void close() {
        if (thread == null) {
            return;
        }
        try {
            service.close();
        } catch (IOException e) {
            log.debug("Closing the watch service: {}", e.getMessage());
        }
        // no interrupt: it would close Lucene's file channels under a running sync; closing the
        // service ends the wait for events, and a running sync is let finish
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }
}
