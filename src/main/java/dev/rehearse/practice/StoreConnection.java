package dev.rehearse.practice;

import dev.rehearse.practice.PracticeStoreException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite connection to the practice database, used by one thread at a time under its own lock. The store
 * has two: the writer, which creates and migrates the file, and a reader, so that a save waiting for a lock
 * another program holds never holds up a read (in WAL mode readers do not wait for writers, even for another
 * process's {@code BEGIN EXCLUSIVE}).
 *
 * <p><b>Bounded, truthful waits.</b> A call waits at most {@link StoreOptions#busyTimeout()} in all: for this
 * connection's lock (other threads' calls) and then for SQLite's locks, with what is left. A failure says how long
 * it really waited, so ten saves queued behind another program all fail after about the timeout, not one after
 * another at 3, 6, 9… seconds each claiming to have waited 3.
 *
 * <p><b>The file that is open is the file on disk.</b> Deleting the data folder while the server runs leaves
 * SQLite writing to a file that no longer has a name, and every save "succeeds" into it and is gone at the next
 * start. So every call first compares the file's identity (its file key: device and inode) with the one opened.
 * When the file is gone, the connections are dropped and opened again, which recreates the database; when another
 * file has taken its place, calls fail until a restart (see {@code forgetTheOldFile}). A write checks again after
 * it committed and fails rather than acknowledge a change that went to a file no longer on disk.
 *
 * <p><b>No memory-mapped database file</b> ({@code mmap_size = 0}): SQLite then reads and writes it with
 * read() and write(), so a file truncated or made immutable under it gives an I/O error instead of SIGBUS,
 * which would end the whole JVM. The WAL index ({@code -shm}) is still shared memory; see
 * docs/practice-history.md for what that leaves.
 */
final class StoreConnection implements AutoCloseable {

    enum Role { WRITER, READER }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final StoreOptions options;
    private final Path file;
    private final Role role;
    private final StoreConnection writer; // the reader asks the writer to create or migrate the file; null for the writer
    private StoreConnection reader;       // the writer's reader, dropped with it when the file was replaced; set once
    private final ReentrantLock lock = new ReentrantLock(true);
    private Connection connection; // guarded by lock; null until opened and after a failure that may have broken it
    private Object openedFile;     // guarded by lock; the file key of the file the connection opened
    private boolean closed;        // guarded by lock

    private StoreConnection(StoreOptions options, Role role, StoreConnection writer) {
        this.options = options;
        this.file = options.databaseFile();
        this.role = role;
        this.writer = writer;
    }

    static StoreConnection writer(StoreOptions options) {
        return new StoreConnection(options, Role.WRITER, null);
    }

    static StoreConnection readerOf(StoreConnection writer) {
        StoreConnection reader = new StoreConnection(writer.options, Role.READER, writer);
        writer.reader = reader;
        return reader;
    }

    <T> T call(String action, SqlWork<T> work) {
        long start = System.nanoTime();
        try {
            if (!lock.tryLock(options.busyTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
                throw queued(action, start);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw queued(action, start);
        }
        try {
            if (closed) {
                throw new PracticeStoreException(Problem.CLOSED, file,
                        "Could not " + action + ": the practice history is closed (Rehearse is shutting down).", null);
            }
            if (connection != null && !stillTheOpenFile()) {
                // deleted or replaced under us: what the connection writes now would vanish with it
                forgetTheOldFile(action, start);
            }
            Connection c = connection != null ? connection : open(action);
            try {
                setBusyTimeout(c, remaining(start));
                T result = work.run(c);
                if (role == Role.WRITER && !stillTheOpenFile()) {
                    forgetTheOldFile(action, start);
                    throw new PracticeStoreException(Problem.IO_ERROR, file, "Could not " + action + ": the practice database "
                            + file + " was deleted or replaced while it was being written, so the change is not safely on disk."
                            + " Try again: Rehearse opens the database afresh.", null);
                }
                return result;
            } catch (SQLException e) {
                PracticeStoreException failure = SqliteErrors.translate(action, file, waited(start), options.busyTimeout(), e);
                if (!failure.isTemporary()) {
                    // After a disk or permission error the connection may be unusable; the next call opens afresh.
                    dropConnection();
                }
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    /** A pragma's value on this connection, for tests ({@code synchronous} and {@code mmap_size} are per connection). */
    String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        return call("read a setting", c -> stringPragma(c, "PRAGMA " + name));
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            dropConnection();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops this connection, and makes sure the other one no longer has the old file open either before the file
     * on disk is opened: the {@code -wal} and {@code -shm} files go by the database's name, so while one connection
     * still uses the old file's, a connection to the new file would read the old file's pages from them.
     */
    private void forgetTheOldFile(String action, long start) {
        if (Files.exists(file)) {
            // Another file under the same name: its -wal and -shm would be the old file's, which SQLite would read
            // as the new file's pages. Neither file is touched; a restart opens the new one cleanly.
            throw new PracticeStoreException(Problem.IO_ERROR, file, "Could not " + action + ": the practice database "
                    + file + " was replaced by another file while Rehearse was running. Rehearse has written to neither;"
                    + " restart Rehearse to use the new file.", null);
        }
        dropConnection();
        if (role == Role.READER) {
            writer.call(action, c -> null);
        } else if (reader != null && !reader.dropIfStale(remaining(start))) {
            throw new PracticeStoreException(Problem.LOCKED, file, "Could not " + action + ": the practice database " + file
                    + " was deleted or replaced, and a read of the old file is still going on. Try again in a moment.", null);
        }
    }

    /** Drops the connection if it is open on a file that is no longer the one on disk; false if busy for {@code wait}. */
    private boolean dropIfStale(Duration wait) {
        try {
            if (!lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (connection != null && !stillTheOpenFile()) {
                dropConnection();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private PracticeStoreException queued(String action, long start) {
        return new PracticeStoreException(Problem.LOCKED, file, "Could not " + action + ": the practice database " + file
                + " is busy: earlier changes are still waiting for a lock another program holds (waited "
                + SqliteErrors.seconds(waited(start)) + "). Close the other program or try again in a moment.", null);
    }

    private Duration waited(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private Duration remaining(long start) {
        Duration left = options.busyTimeout().minus(waited(start));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void setBusyTimeout(Connection c, Duration timeout) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + timeout.toMillis());
        }
    }

    private boolean stillTheOpenFile() {
        Object now = fileIdentity(file);
        return now != null && now.equals(openedFile);
    }

    /** The file key (device and inode on Unix); where the platform has none, only that the file exists. */
    private static Object fileIdentity(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : Boolean.TRUE;
        } catch (IOException e) {
            return null;
        }
    }

    private Connection open(String action) {
        if (role == Role.READER && (!Files.exists(file) || !readerCanOpen())) {
            // the writer creates, migrates and (after a delete) recreates the file
            writer.call(action, c -> null);
        }
        if (role == Role.WRITER) {
            StoreFolder.prepare(action, file);
        }
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout((int) options.busyTimeout().toMillis());
            c = config.createConnection(AttemptStore.jdbcUrl(file));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA mmap_size = 0");
            }
            if (role == Role.WRITER) {
                prepareWriter(action, c);
            } else {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = 1");
                }
            }
            openedFile = fileIdentity(file);
            connection = c;
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw StoreFolder.explainOpenFailure(action, file, SqliteErrors.translate(action, file, options.busyTimeout(),
                    options.busyTimeout(), e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private boolean readerCanOpen() {
        try (Connection probe = new SQLiteConfig().createConnection(AttemptStore.jdbcUrl(file))) {
            return Schema.version(probe) == Schema.CURRENT_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }

    private void prepareWriter(String action, Connection c) throws SQLException {
        String journal = stringPragma(c, "PRAGMA journal_mode = WAL");
        if (!"wal".equalsIgnoreCase(journal)) {
            throw new PracticeStoreException(Problem.CANNOT_OPEN, file, "Could not " + action + ": the practice database "
                    + file + " cannot use write-ahead logging (journal mode stayed \"" + journal + "\");"
                    + " put the data folder on a local disk.", null);
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA synchronous = FULL");
        }
        Schema.migrate(c, file);
    }

    static String stringPragma(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private void dropConnection() {
        closeQuietly(connection);
        connection = null;
        openedFile = null;
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing a connection that already failed: there is nothing left to save or report.
        }
    }
}
