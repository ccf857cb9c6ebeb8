package dev.rehearse.practice;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Another program holding the practice database: opens it, takes an exclusive write lock with
 * {@code BEGIN EXCLUSIVE}, writes a row it never commits, prints {@code LOCKED}, and keeps the lock until a line
 * arrives on stdin; then rolls back and prints {@code RELEASED}.
 *
 * <p>Argument: the database file.
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO attempt (question_key, question_text, draft, draft_words, mode, report_json, created_at_ms)"
                    + " VALUES ('q:other', 'never committed', 'x', 1, 'ask', '{}', 0)");
            System.out.println("LOCKED");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            s.execute("ROLLBACK");
            System.out.println("RELEASED");
            System.out.flush();
        }
    }
}
