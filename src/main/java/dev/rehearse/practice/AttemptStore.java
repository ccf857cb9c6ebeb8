package dev.rehearse.practice;

import dev.rehearse.text.Words;
import dev.rehearse.practice.PracticeStoreException.Problem;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

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
 * <p><b>Threads.</b> Two connections, each used under its own lock ({@link StoreConnection}): the writer for
 * saves and deletes (SQLite runs one write at a time anyway, and one writing connection keeps a transaction from
 * ever seeing another thread's statements) and a read-only reader for everything else, so reads go on while a
 * save waits for a lock. Another program holding a lock makes a write wait up to {@link StoreOptions#busyTimeout()}
 * in all and then fail with {@link Problem#LOCKED}, saying how long it waited; reads still work then, because
 * readers do not block in WAL mode.
 *
 * <p>All values go through bound parameters: candidate text is only ever data.
 */
public final class AttemptStore implements AutoCloseable {

    private static final String COLUMNS = "id, question_key, question_id, question_text, draft, mode, report_json,"
            + " overall_score, draft_words, model_note, created_at_ms";

    private final StoreOptions options;
    private final Path file;
    private final StoreConnection writer;
    private final StoreConnection reader;

    public AttemptStore(StoreOptions options) {
        this.options = options;
        this.file = options.databaseFile();
        this.writer = StoreConnection.writer(options);
        this.reader = StoreConnection.readerOf(writer);
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
            writer.call("open the practice history", c -> null);
            reader.call("open the practice history", c -> null);
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
        long id = writer.call("save the attempt", c -> inTransaction(c, () -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO attempt (question_key, question_id, question_text,"
                    + " draft, draft_words, mode, report_json, overall_score, model_note, created_at_ms, company)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                p.setString(11, attempt.company());
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
        return get(id, HistoryScope.ALL);
    }

    /** The attempt when {@code scope} sees it: empty for another company's attempt, as for one that is not there. */
    public Optional<Attempt> get(long id, HistoryScope scope) {
        return reader.call("read the attempt", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM attempt WHERE id = ? AND "
                    + scope.condition())) {
                p.setLong(1, id);
                if (scope.parameters() == 1) {
                    p.setString(2, scope.company());
                }
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(attempt(rs)) : Optional.<Attempt>empty();
                }
            }
        });
    }

    /** The start of a column holding a spoken critique's figure at a JSON path, null for any other attempt. */
    private static final String SPOKEN = "CASE WHEN mode = 'critique' AND json_valid(report_json) THEN json_extract(report_json, ";

    /**
     * A question's attempts, newest first, with their scores and, for spoken critiques, their measured pace and
     * fillers a minute: the data of the chart. Those two are read from the stored report by SQLite's JSON
     * functions, guarded by json_valid so one unreadable report cannot fail the whole history.
     */
    public List<AttemptSummary> history(String questionKey) {
        return history(questionKey, HistoryScope.ALL);
    }

    /** As {@link #history(String)}, only the attempts {@code scope} sees. */
    public List<AttemptSummary> history(String questionKey, HistoryScope scope) {
        return reader.call("read the history of the question", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, mode, overall_score, draft_words, model_note, created_at_ms,"
                    + " MIN(id) OVER (PARTITION BY draft), " + SPOKEN + "'$.delivery.spoken.wordsPerMinute') END, "
                    + SPOKEN + "'$.delivery.spoken.fillersPerMinute') END FROM attempt WHERE question_key = ?"
                    + " AND " + scope.condition() + " ORDER BY created_at_ms DESC, id DESC")) {
                p.setString(1, questionKey);
                if (scope.parameters() == 1) {
                    p.setString(2, scope.company());
                }
                try (ResultSet rs = p.executeQuery()) {
                    List<AttemptSummary> out = new ArrayList<>();
                    while (rs.next()) {
                        Double wpm = nullableDouble(rs, 8);
                        out.add(new AttemptSummary(rs.getLong(1), PracticeMode.fromWire(rs.getString(2)), nullableDouble(rs, 3),
                                rs.getInt(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), rs.getLong(7),
                                wpm == null ? null : (int) Math.round(wpm), nullableDouble(rs, 9)));
                    }
                    return out;
                }
            }
        });
    }

    /** Every practised question with its attempt count and best and last score, most recently practised first. */
    public List<QuestionSummary> questions() {
        return questions(HistoryScope.ALL);
    }

    /** As {@link #questions()}, counting only the attempts {@code scope} sees. */
    public List<QuestionSummary> questions(HistoryScope scope) {
        return reader.call("list the practised questions", c -> {
            String sql = """
                    SELECT question_key, question_id, question_text, n, best, last_score, created_at_ms FROM (
                        SELECT question_key, question_id, question_text, created_at_ms, id,
                               ROW_NUMBER() OVER newest AS rn,
                               COUNT(*) OVER per_question AS n,
                               MAX(overall_score) OVER per_question AS best,
                               FIRST_VALUE(overall_score) OVER (PARTITION BY question_key
                                   ORDER BY overall_score IS NULL, created_at_ms DESC, id DESC) AS last_score
                        FROM attempt WHERE %s
                        WINDOW per_question AS (PARTITION BY question_key),
                               newest AS (PARTITION BY question_key ORDER BY created_at_ms DESC, id DESC))
                    WHERE rn = 1
                    ORDER BY created_at_ms DESC, id DESC""".formatted(scope.condition());
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (scope.parameters() == 1) {
                    p.setString(1, scope.company());
                }
                try (ResultSet rs = p.executeQuery()) {
                    List<QuestionSummary> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new QuestionSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                nullableDouble(rs, 5), nullableDouble(rs, 6), Instant.ofEpochMilli(rs.getLong(7))));
                    }
                    return out;
                }
            }
        });
    }

    /** A pragma's value on the writing connection: for tests. */
    String connectionPragma(String name) {
        return writer.pragma(name);
    }

    /** A pragma's value on the reading connection: for tests. */
    String readerPragma(String name) {
        return reader.pragma(name);
    }

    /** Deletes one attempt; false when there was none with that id. */
    public boolean delete(long id) {
        return writer.call("delete the attempt", c -> inTransaction(c, () -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM attempt WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() == 1;
            }
        }));
    }

    public long attemptCount() {
        return reader.call("count the attempts", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM attempt")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * The keys of the questions the prep pack covers, in the order they were first practised: every question with
     * an attempt that is not an Ask run (an Ask is a question put to the notes, not an answer practised).
     */
    public List<String> practisedQuestionKeys() {
        return practisedQuestionKeys(HistoryScope.ALL);
    }

    /** As {@link #practisedQuestionKeys()}, only the attempts {@code scope} sees. */
    public List<String> practisedQuestionKeys(HistoryScope scope) {
        return reader.call("list the practised questions", c -> {
            try (PreparedStatement p = scoped(c, "SELECT question_key FROM attempt WHERE mode <> 'ask' AND " + scope.condition()
                    + " GROUP BY question_key ORDER BY MIN(created_at_ms), MIN(id)", scope, 1);
                 ResultSet rs = p.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    /** A statement with {@code scope}'s company, when it has one, as the parameter numbered {@code at}. */
    private static PreparedStatement scoped(Connection c, String sql, HistoryScope scope, int at) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        if (scope.parameters() == 1) {
            p.setString(at, scope.company());
        }
        return p;
    }

    /** How many questions and attempts the prep pack covers (Ask runs left out, as in {@link #practisedQuestionKeys}). */
    public HistoryTotals practisedTotals() {
        return practisedTotals(HistoryScope.ALL);
    }

    /** As {@link #practisedTotals()}, only the attempts {@code scope} sees. */
    public HistoryTotals practisedTotals(HistoryScope scope) {
        return reader.call("count the attempts", c -> {
            try (PreparedStatement p = scoped(c, "SELECT count(DISTINCT question_key), count(*) FROM attempt WHERE mode <> 'ask'"
                    + " AND " + scope.condition(), scope, 1); ResultSet rs = p.executeQuery()) {
                rs.next();
                return new HistoryTotals(rs.getInt(1), rs.getLong(2));
            }
        });
    }

    /**
     * Calls {@code each} with a question's attempts, newest first, one at a time: only one attempt's draft and
     * report is in memory at once, however long the history. Stops early when {@code each} returns false.
     */
    public void forEachAttempt(String questionKey, Predicate<Attempt> each) {
        forEachAttempt(questionKey, HistoryScope.ALL, each);
    }

    /** As {@link #forEachAttempt(String, Predicate)}, only the attempts {@code scope} sees. */
    public void forEachAttempt(String questionKey, HistoryScope scope, Predicate<Attempt> each) {
        reader.call("read the history of the question", c -> {
            try (PreparedStatement p = scoped(c, "SELECT " + COLUMNS + " FROM attempt WHERE question_key = ? AND "
                    + scope.condition() + " ORDER BY created_at_ms DESC, id DESC", scope, 2)) {
                p.setString(1, questionKey);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if (!each.test(attempt(rs))) {
                            break;
                        }
                    }
                }
            }
            return null;
        });
    }

    /** Closes the database; later calls fail with {@link Problem#CLOSED}. */
    @Override
    public void close() {
        reader.close();
        writer.close();
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

    /**
     * A {@code file:} URI, percent-encoded, so a folder name holding {@code ?} or {@code #} is not read as
     * connection parameters by the driver.
     */
    static String jdbcUrl(Path file) {
        return "jdbc:sqlite:" + file.toUri();
    }
}
