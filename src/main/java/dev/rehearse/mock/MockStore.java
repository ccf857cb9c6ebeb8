package dev.rehearse.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.StoreStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mock interview sessions and the model's chat memory, in the practice history's SQLite file but in tables of their
 * own, so a session survives a restart and can be resumed. A session is stored whole, as JSON, after every turn: one
 * row written a few times a minute.
 *
 * <p>The tables are made with {@code CREATE TABLE IF NOT EXISTS} on this store's own connection, only after the
 * history has created and migrated the file: the history's schema version and its refusal of a file that holds
 * tables but no version stay exactly as they were. One connection, used under this object's lock.
 *
 * <p>A session's company is in its JSON and, for the queries that select by it, in the {@code company} column. A file
 * made before sessions carried a company gets the column on opening, empty in the rows it holds: those sessions are
 * the default company's.
 */
public final class MockStore implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int BUSY_TIMEOUT_MS = 3000;
    private static final List<String> TABLES = List.of("""
            CREATE TABLE IF NOT EXISTS mock_session (
                id             TEXT    PRIMARY KEY,
                status         TEXT    NOT NULL CHECK (status IN ('active', 'ended')),
                average_score  REAL,
                created_at_ms  INTEGER NOT NULL,
                updated_at_ms  INTEGER NOT NULL,
                session_json   TEXT    NOT NULL,
                company        TEXT
            ) STRICT""",
            "CREATE INDEX IF NOT EXISTS mock_session_by_time ON mock_session (created_at_ms DESC, id DESC)",
            """
            CREATE TABLE IF NOT EXISTS mock_chat_memory (
                session_id     TEXT    PRIMARY KEY,
                messages_json  TEXT    NOT NULL
            ) STRICT""");

    private final AttemptStore history;
    private final Path file;
    private Connection connection; // guarded by this

    public MockStore(AttemptStore history) {
        this.history = history;
        this.file = history.databaseFile();
    }

    /**
     * Makes the tables now, at start-up, so the first page load does not create them while the history reads the
     * same file (creating a table takes the file's write lock, and a history read behind it could wait past its
     * busy timeout on a loaded machine and answer 503). Only once the history has made its file: this store
     * never creates the history, whose own first opening decides what a new or unusable data folder means. Returns
     * why not when the history cannot be opened; the store then tries again on first use.
     */
    public synchronized Optional<String> prepare() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            connection();
            return Optional.empty();
        } catch (SQLException | MockStoreException e) {
            close();
            return Optional.of(e.getMessage());
        }
    }

    public synchronized void save(MockSession s) {
        String json = write(s);
        run("save the mock interview", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mock_session (id, status, average_score, created_at_ms,"
                    + " updated_at_ms, session_json, company) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    + " status = excluded.status, average_score = excluded.average_score, updated_at_ms = excluded.updated_at_ms,"
                    + " session_json = excluded.session_json, company = excluded.company")) {
                p.setString(1, s.id());
                p.setString(2, s.status());
                Double average = s.debrief() == null ? null : s.debrief().averageScore();
                if (average == null) {
                    p.setNull(3, java.sql.Types.REAL);
                } else {
                    p.setDouble(3, average);
                }
                p.setLong(4, s.createdAt().toEpochMilli());
                p.setLong(5, s.updatedAt().toEpochMilli());
                p.setString(6, json);
                p.setString(7, s.company());
                p.executeUpdate();
            }
            return null;
        });
    }

    public synchronized Optional<MockSession> find(String id) {
        return run("read the mock interview", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT session_json FROM mock_session WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.<MockSession>empty();
                }
            }
        });
    }

    /** Every session, newest first. */
    public synchronized List<MockSession> all() {
        return run("list the mock interviews", c -> {
            List<MockSession> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT session_json FROM mock_session ORDER BY created_at_ms DESC, id DESC")) {
                while (rs.next()) {
                    out.add(read(rs.getString(1)));
                }
            }
            return out;
        });
    }

    /**
     * The average scores of the ended sessions about {@code company} other than {@code exceptId}, oldest first; with
     * {@code includesUnmarked}, also those stored before sessions carried a company. A null company: every session.
     */
    public synchronized List<Double> endedAverages(String exceptId, String company, boolean includesUnmarked) {
        String which = company == null ? "" : includesUnmarked ? " AND (company = ? OR company IS NULL)" : " AND company = ?";
        return run("read earlier mock interviews", c -> {
            List<Double> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT average_score FROM mock_session WHERE status = 'ended'"
                    + " AND id <> ? AND average_score IS NOT NULL" + which + " ORDER BY created_at_ms, id")) {
                p.setString(1, exceptId);
                if (company != null) {
                    p.setString(2, company);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getDouble(1));
                    }
                }
            }
            return out;
        });
    }

    /** The model's chat memory of a session as LangChain4j serialises it, or empty. */
    public synchronized Optional<String> chatMemory(String sessionId) {
        return run("read the interviewer's memory", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT messages_json FROM mock_chat_memory WHERE session_id = ?")) {
                p.setString(1, sessionId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public synchronized void saveChatMemory(String sessionId, String messagesJson) {
        run("save the interviewer's memory", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mock_chat_memory (session_id, messages_json) VALUES (?, ?)"
                    + " ON CONFLICT (session_id) DO UPDATE SET messages_json = excluded.messages_json")) {
                p.setString(1, sessionId);
                p.setString(2, messagesJson);
                p.executeUpdate();
            }
            return null;
        });
    }

    public synchronized void deleteChatMemory(String sessionId) {
        run("forget the interviewer's memory", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM mock_chat_memory WHERE session_id = ?")) {
                p.setString(1, sessionId);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing at shutdown: nothing is left to save or report
            }
            connection = null;
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(String action, Work<T> work) {
        try {
            return work.run(connection());
        } catch (SQLException e) {
            close();
            throw new MockStoreException("Could not " + action + " in " + file + ": " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection != null) {
            return connection;
        }
        // the history creates and migrates the file first: its checks run on a file it recognises
        StoreStatus status = history.status();
        if (!status.available()) {
            throw new MockStoreException("Could not open the mock interviews: " + status.message(), null);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toUri());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA mmap_size = 0");
            s.execute("PRAGMA synchronous = FULL");
            for (String sql : TABLES) {
                s.execute(sql);
            }
            addCompanyColumn(s);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
        return c;
    }

    /** A file made before sessions carried a company: the column is added, empty for the sessions already there. */
    private static void addCompanyColumn(Statement s) throws SQLException {
        boolean present = false;
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(mock_session)")) {
            while (rs.next()) {
                present |= "company".equals(rs.getString("name"));
            }
        }
        if (!present) {
            s.execute("ALTER TABLE mock_session ADD COLUMN company TEXT");
        }
    }

    private static String write(MockSession s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode mock interview " + s.id(), e);
        }
    }

    private static MockSession read(String json) {
        try {
            return JSON.readValue(json, MockSession.class);
        } catch (JsonProcessingException e) {
            throw new MockStoreException("a stored mock interview cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
