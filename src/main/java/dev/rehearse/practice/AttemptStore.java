package dev.rehearse.practice;

import dev.rehearse.text.Words;
import dev.rehearse.practice.PracticeStoreException.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The candidate's practice history: every attempt, in SQLite ({@code <dataDir>/practice.db}).
 *
 * <p><b>Durability.</b> The database runs in WAL mode with {@code synchronous=FULL}. A save is one
 * {@code BEGIN IMMEDIATE … COMMIT} transaction, and {@link #save} returns only after COMMIT has returned. By then
 * SQLite has written the transaction's frames into the WAL file with {@code write()}, so they sit in the kernel's
 * page cache and survive the process being killed (kill -9) whatever {@code synchronous} says. With FULL, COMMIT
 * also waits for {@code fsync} of the WAL, so an acknowledged attempt also survives a power cut or an OS crash;
 * NORMAL would skip that fsync and could lose the last attempts in such a crash (never corrupt the file).
 * A save is a human action a few times a minute, so one fsync each costs nothing anyone notices.
 *
 * <p><b>Availability.</b> The constructor touches nothing on disk. The database is opened (and created or
 * migrated) on first use; when that fails, the call throws a {@link PracticeStoreException} naming the problem
 * and the file, and the next call tries to open it again. {@link #status()} reports the same without throwing.
 * So a locked, read-only or damaged history never stops the rest of the app from starting.
 *
 * <p><b>Threads.</b> One connection, used under a lock: SQLite runs one write at a time anyway, and a
 * single connection keeps a transaction from ever seeing another thread's statements. Another program holding
 * a lock makes a call wait up to {@link StoreOptions#busyTimeout()} and then fail with {@link Problem#LOCKED};
 * reads still work during another program's write transaction, because readers do not block in WAL mode.
 *
 * <p>All values go through bound parameters: candidate text is only ever data.
 */
public final class AttemptStore implements AutoCloseable {

    private static final String COLUMNS = "id, question_key, question_id, question_text, draft, mode, report_json,"
            + " overall_score, draft_words, model_note, created_at_ms";

    private final StoreOptions options;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection; // guarded by lock; null until opened and after a failure that may have broken it
    private boolean closed;        // guarded by lock

    public AttemptStore(StoreOptions options) {
        this.options = options;
        this.file = options.databaseFile();
    }

    /** The history in {@code <dataDir>/practice.db} with the default busy timeout. */
    public static AttemptStore inDataDir(Path dataDir) {
        return new AttemptStore(StoreOptions.forDataDir(dataDir));
    }

    public Path databaseFile() {
        return file;
    }

    /** Opens the database if it is not open yet and says whether the history can be used; never throws. */
    public StoreStatus status() {
        try {
            call("open the practice history", c -> null);
            return StoreStatus.up(file);
        } catch (PracticeStoreException e) {
            return StoreStatus.down(e);
        }
    }

    /**
     * Saves an attempt and returns it with its id. Returns only after the transaction has committed; on any
     * failure it throws and nothing of the attempt is in the database.
     */
    public Attempt save(NewAttempt attempt) {
        Instant createdAt = options.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        String key = QuestionKey.of(attempt.questionId(), attempt.questionText());
        int words = Words.count(attempt.draft());
        long id = call("save the attempt", c -> inTransaction(c, () -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO attempt (question_key, question_id, question_text,"
                    + " draft, draft_words, mode, report_json, overall_score, model_note, created_at_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, key);
                p.setString(2, attempt.questionId());
                p.setString(3, attempt.questionText());
                p.setString(4, attempt.draft());
                p.setInt(5, words);
                p.setString(6, attempt.mode().wireName());
                p.setString(7, attempt.reportJson());
                if (attempt.overallScore() == null) {
                    p.setNull(8, Types.REAL);
                } else {
                    p.setDouble(8, attempt.overallScore());
                }
                p.setString(9, attempt.modelNote());
                p.setLong(10, createdAt.toEpochMilli());
                p.executeUpdate();
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        return new Attempt(id, key, attempt.questionId(), attempt.questionText(), attempt.draft(), attempt.mode(),
                attempt.reportJson(), attempt.overallScore(), words, attempt.modelNote(), createdAt);
    }

    public Optional<Attempt> get(long id) {
        return call("read the attempt", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM attempt WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(attempt(rs)) : Optional.<Attempt>empty();
                }
            }
        });
    }

    /** A question's attempts, newest first, with their scores: the data of the chart. */
    public List<AttemptSummary> history(String questionKey) {
        return call("read the history of the question", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, mode, overall_score, draft_words, model_note, created_at_ms"
                    + " FROM attempt WHERE question_key = ? ORDER BY created_at_ms DESC, id DESC")) {
                p.setString(1, questionKey);
                try (ResultSet rs = p.executeQuery()) {
                    List<AttemptSummary> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new AttemptSummary(rs.getLong(1), PracticeMode.fromWire(rs.getString(2)), nullableDouble(rs, 3),
                                rs.getInt(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
                    }
                    return out;
                }
            }
        });
    }

    /** Every practised question with its attempt count and best and last score, most recently practised first. */
    public List<QuestionSummary> questions() {
        return call("list the practised questions", c -> {
            String sql = """
                    SELECT question_key, question_id, question_text, n, best, last_score, created_at_ms FROM (
                        SELECT question_key, question_id, question_text, created_at_ms, id,
                               ROW_NUMBER() OVER newest AS rn,
                               COUNT(*) OVER per_question AS n,
                               MAX(overall_score) OVER per_question AS best,
                               FIRST_VALUE(overall_score) OVER (PARTITION BY question_key
                                   ORDER BY overall_score IS NULL, created_at_ms DESC, id DESC) AS last_score
                        FROM attempt
                        WINDOW per_question AS (PARTITION BY question_key),
                               newest AS (PARTITION BY question_key ORDER BY created_at_ms DESC, id DESC))
                    WHERE rn = 1
                    ORDER BY created_at_ms DESC, id DESC""";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<QuestionSummary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new QuestionSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            nullableDouble(rs, 5), nullableDouble(rs, 6), Instant.ofEpochMilli(rs.getLong(7))));
                }
                return out;
            }
        });
    }

    /** A pragma's value on the store's own connection ({@code synchronous} is per connection): for tests. */
    String connectionPragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        return call("read a setting", c -> stringPragma(c, "PRAGMA " + name));
    }

    /** Deletes one attempt; false when there was none with that id. */
    public boolean delete(long id) {
        return call("delete the attempt", c -> inTransaction(c, () -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM attempt WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() == 1;
            }
        }));
    }

    public long attemptCount() {
        return call("count the attempts", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM attempt")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Every practised question with all its attempts (newest first), questions in the order they were first
     * practised: what {@link PrepPack} turns into Markdown. Read in one statement, so it is one consistent
     * snapshot even while saves go on.
     */
    public List<QuestionAttempts> exportData() {
        return call("read the history for the export", c -> {
            Map<String, List<Attempt>> byQuestion = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM attempt ORDER BY created_at_ms, id")) {
                while (rs.next()) {
                    Attempt a = attempt(rs);
                    byQuestion.computeIfAbsent(a.questionKey(), k -> new ArrayList<>()).add(0, a);
                }
            }
            List<QuestionAttempts> out = new ArrayList<>();
            for (List<Attempt> attempts : byQuestion.values()) {
                out.add(new QuestionAttempts(summarise(attempts), attempts));
            }
            return out;
        });
    }

    /** Closes the database; later calls fail with {@link Problem#CLOSED}. */
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

    private static QuestionSummary summarise(List<Attempt> newestFirst) {
        Attempt newest = newestFirst.get(0);
        Double best = null;
        Double last = null;
        for (Attempt a : newestFirst) {
            if (a.overallScore() != null) {
                if (last == null) {
                    last = a.overallScore();
                }
                if (best == null || a.overallScore() > best) {
                    best = a.overallScore();
                }
            }
        }
        return new QuestionSummary(newest.questionKey(), newest.questionId(), newest.questionText(), newestFirst.size(),
                best, last, newest.createdAt());
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        return new Attempt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                PracticeMode.fromWire(rs.getString(6)), rs.getString(7), nullableDouble(rs, 8), rs.getInt(9),
                rs.getString(10), Instant.ofEpochMilli(rs.getLong(11)));
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlBody<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, SqlBody<T> body) throws SQLException {
        try (Statement s = c.createStatement()) {
            // IMMEDIATE takes the write lock now, where the busy timeout applies, rather than failing at the first write.
            s.execute("BEGIN IMMEDIATE");
        }
        try {
            T result = body.run();
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            Transactions.rollbackQuietly(c);
            throw e;
        }
    }

    private <T> T call(String action, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new PracticeStoreException(Problem.CLOSED, file,
                        "Could not " + action + ": the practice history is closed (Rehearse is shutting down).", null);
            }
            Connection c = connection != null ? connection : open(action);
            try {
                return work.run(c);
            } catch (SQLException e) {
                PracticeStoreException failure = SqliteErrors.translate(action, file, options.busyTimeout(), e);
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

    private Connection open(String action) {
        prepareFolder(action);
        if (Files.isDirectory(file)) {
            throw new PracticeStoreException(Problem.CANNOT_OPEN, file,
                    "Could not " + action + ": " + file + " is a folder, where the practice database file should be.", null);
        }
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout((int) options.busyTimeout().toMillis());
            c = config.createConnection(jdbcUrl(file));
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
            connection = c;
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            PracticeStoreException failure = SqliteErrors.translate(action, file, options.busyTimeout(), e);
            Path dir = file.getParent();
            if ((failure.problem() == Problem.CANNOT_OPEN || failure.problem() == Problem.IO_ERROR) && !Files.isWritable(dir)) {
                // SQLite only says "unable to open database file"; the usual cause is a folder it cannot create
                // the database, or its -wal and -shm companions, in.
                throw new PracticeStoreException(Problem.READ_ONLY, file, "Could not " + action + ": the practice database "
                        + file + " cannot be opened because its folder " + dir + " is read-only (SQLite keeps the database"
                        + " and its -wal and -shm files there). Make the folder writable.", e);
            }
            throw failure;
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private void prepareFolder(String action) {
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new PracticeStoreException(Problem.CANNOT_OPEN, dir, "Could not " + action + ": the data folder " + dir
                    + " is a file, not a folder (or a file is in its path). Move it or choose another data folder.", e);
        } catch (AccessDeniedException e) {
            throw new PracticeStoreException(Problem.READ_ONLY, dir, "Could not " + action + ": the data folder " + dir
                    + " cannot be created: permission denied on " + e.getFile() + ".", e);
        } catch (FileSystemException e) {
            boolean readOnly = e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only");
            throw new PracticeStoreException(readOnly ? Problem.READ_ONLY : Problem.CANNOT_OPEN, dir, "Could not " + action
                    + ": the data folder " + dir + " cannot be created (" + e.getReason() + ").", e);
        } catch (IOException e) {
            throw new PracticeStoreException(Problem.CANNOT_OPEN, dir, "Could not " + action + ": the data folder " + dir
                    + " cannot be created (" + e.getMessage() + ").", e);
        }
    }

    /**
     * A {@code file:} URI, percent-encoded, so a folder name holding {@code ?} or {@code #} is not read as
     * connection parameters by the driver.
     */
    static String jdbcUrl(Path file) {
        return "jdbc:sqlite:" + file.toUri();
    }

    private static String stringPragma(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private void dropConnection() {
        closeQuietly(connection);
        connection = null;
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
