package dev.rehearse.practice;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection stays in JDBC auto-commit mode and transactions are written out as SQL. With
 * {@code setAutoCommit(false)} the driver (sqlite-jdbc 3.50) issues the next BEGIN right after each commit,
 * which with IMMEDIATE transactions would hold the write lock between calls and lock out every other program.
 */
final class Transactions {
    private Transactions() {
    }

    static void rollbackQuietly(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction was open (the failure came before BEGIN or SQLite already rolled back): nothing to undo.
        }
    }
}
