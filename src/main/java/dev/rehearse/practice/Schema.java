package dev.rehearse.practice;

import dev.rehearse.practice.PracticeStoreException.Problem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database schema and its migrations. The version lives in SQLite's {@code user_version} header field:
 * 0 is an empty file, N means migrations 1..N have run. Each migration runs in its own transaction together
 * with the version bump, so a crash leaves the file at the old version or the new one, never between.
 * To change the schema, append a migration; never edit one that has shipped.
 */
final class Schema {

    /** Marks the file as Rehearse's ("RHRS"), so we never migrate another program's database. */
    static final int APPLICATION_ID = 0x52485253;

    static final List<List<String>> MIGRATIONS = List.of(
            // 1: attempts. AUTOINCREMENT so the id of a deleted attempt is never handed out again: an old link
            // or diff must not silently show a different attempt. STRICT refuses values of the wrong type.
            List.of("""
                    CREATE TABLE attempt (
                        id             INTEGER PRIMARY KEY AUTOINCREMENT,
                        question_key   TEXT    NOT NULL,
                        question_id    TEXT,
                        question_text  TEXT    NOT NULL,
                        draft          TEXT    NOT NULL,
                        draft_words    INTEGER NOT NULL,
                        mode           TEXT    NOT NULL CHECK (mode IN ('critique', 'followups', 'tie', 'ask')),
                        report_json    TEXT    NOT NULL,
                        overall_score  REAL    CHECK (overall_score IS NULL OR overall_score BETWEEN 1 AND 5),
                        model_note     TEXT,
                        created_at_ms  INTEGER NOT NULL
                    ) STRICT""",
                    "CREATE INDEX attempt_by_question ON attempt (question_key, created_at_ms DESC, id DESC)"),
            // 2: the company an attempt was for, by its slug. Rows saved before there could be several companies
            // stay NULL, which every read counts as the default company's: they were practised for the one
            // company the folder had, and the default is that company
            List.of("ALTER TABLE attempt ADD COLUMN company TEXT",
                    "CREATE INDEX attempt_by_company ON attempt (company, question_key)"));

    static final int CURRENT_VERSION = MIGRATIONS.size();

    private Schema() {
    }

    /** Brings the database to {@link #CURRENT_VERSION}; refuses files that are not ours or are newer. */
    static void migrate(Connection c, Path file) throws SQLException {
        if (version(c) == CURRENT_VERSION && applicationId(c) == APPLICATION_ID) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                // Read again inside the write lock: another process may have migrated in the meantime.
                int version = version(c);
                int appId = applicationId(c);
                if ((appId != 0 && appId != APPLICATION_ID) || (version == 0 && hasTables(c))) {
                    throw new PracticeStoreException(Problem.NOT_A_DATABASE, file,
                            file + " is a database of another program, not Rehearse's practice history."
                                    + " Rehearse has not changed it; move it aside or choose another data folder.", null);
                }
                if (version > CURRENT_VERSION) {
                    throw new PracticeStoreException(Problem.NEWER_VERSION, file,
                            "The practice database " + file + " was written by a newer version of Rehearse (schema "
                                    + version + ", this version knows up to " + CURRENT_VERSION + "). Rehearse has not changed it;"
                                    + " update Rehearse to use this history.", null);
                }
                for (int v = version; v < CURRENT_VERSION; v++) {
                    for (String sql : MIGRATIONS.get(v)) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + CURRENT_VERSION);
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                Transactions.rollbackQuietly(c);
                throw e;
            }
        }
    }

    static int version(Connection c) throws SQLException {
        return intPragma(c, "user_version");
    }

    private static int applicationId(Connection c) throws SQLException {
        return intPragma(c, "application_id");
    }

    private static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}
