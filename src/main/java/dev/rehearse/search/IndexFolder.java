package dev.rehearse.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a {@link PassageIndex} lives in, and what keeps it usable: taking its lock, deciding
 * whether the index it holds can be reused (format, embedding model, integrity), wiping it for a
 * rebuild, and noticing when its files are deleted under a running index.
 */
final class IndexFolder {

    /** Under the index's name: these lines are the index's, and people and tests look for them there. */
    private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);

    /** Bump when the fields or the way passages are embedded change: older indexes are then rebuilt. */
    static final String FORMAT_VERSION = "3";

    private IndexFolder() {
    }

    /** Opens the index in {@code path}, creating it, or rebuilding it empty when it is stale or unreadable. */
    static PassageIndex open(Path path, Embedder embedder, RankingSettings settings) {
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

    /** A new, empty index in {@code path}, whatever the folder held (or if it is gone). */
    static PassageIndex recreate(Path path, Embedder embedder, RankingSettings settings) throws IOException {
        Files.createDirectories(path);
        FSDirectory directory = FSDirectory.open(path);
        try {
            wipe(path, directory);
            return new PassageIndex(path, directory, embedder, settings, OpenMode.CREATE);
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
                return new PassageIndex(path, directory, embedder, settings, OpenMode.CREATE);
            }
            reason = staleness(SegmentInfos.readLatestCommit(directory).getUserData(), embedder);
            if (reason == null) {
                PassageIndex index = new PassageIndex(path, directory, embedder, settings, OpenMode.APPEND);
                try {
                    index.verify();
                    return index;
                } catch (IOException | RuntimeException e) {
                    index.abandon();
                    reason = "it is damaged (" + PassageIndex.describe(e) + ")";
                }
            }
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            reason = "it cannot be read (" + PassageIndex.describe(e) + ")";
        }
        // wiping takes the write lock first: an index another process holds is refused, not rebuilt
        wipe(path, directory);
        log.warn("Rebuilding the search index in {} from the knowledge files: {}", path, reason);
        return new PassageIndex(path, directory, embedder, settings, OpenMode.CREATE);
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

    /**
     * Whether the folder or any of the files the last commit needs is gone, as a phrase completing
     * "The search index in DIR …"; cheap enough to run every second.
     */
    static Optional<String> deletion(Path path, List<String> committedFiles) {
        if (!Files.isDirectory(path)) {
            return Optional.of("was deleted while Rehearse was running (the folder is gone)");
        }
        List<String> gone = committedFiles.stream().filter(f -> !Files.exists(path.resolve(f))).toList();
        if (!gone.isEmpty()) {
            String some = String.join(", ", gone.subList(0, Math.min(3, gone.size()))) + (gone.size() > 3 ? ", …" : "");
            return Optional.of("was deleted while Rehearse was running (" + gone.size() + " of its " + committedFiles.size()
                    + " files " + (gone.size() == 1 ? "is" : "are") + " gone: " + some + ")");
        }
        return Optional.empty();
    }

    static void closeQuietly(Directory d) {
        try {
            d.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
