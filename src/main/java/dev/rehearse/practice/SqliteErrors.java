package dev.rehearse.practice;

import dev.rehearse.practice.PracticeStoreException.Problem;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteException;

/** Turns SQLite's result codes into problems a user can act on. */
final class SqliteErrors {
    // Primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqliteErrors() {
    }

    /**
     * @param waited how long the call really waited, for a lock failure's message
     * @param limit  the busy timeout the wait was bounded by
     */
    static PracticeStoreException translate(String action, Path file, Duration waited, Duration limit, SQLException e) {
        String prefix = "Could not " + action + ": ";
        String detail = " (SQLite: " + sqliteReason(e) + ")";
        return switch (primaryCode(e)) {
            case BUSY, LOCKED -> new PracticeStoreException(Problem.LOCKED, file,
                    prefix + "the practice database " + file + " is locked by another program (waited "
                            + seconds(waited) + "; the limit is " + human(limit) + "). Close the other program or try again in a moment." + detail, e);
            case READONLY -> new PracticeStoreException(Problem.READ_ONLY, file,
                    prefix + "the practice database " + file + " cannot be written: the file or its folder is read-only."
                            + " Make the file and " + file.getParent() + " writable." + detail, e);
            case FULL -> new PracticeStoreException(Problem.DISK_FULL, file,
                    prefix + "the disk holding the practice database " + file + " is full." + detail, e);
            case CORRUPT, NOTADB -> new PracticeStoreException(Problem.NOT_A_DATABASE, file,
                    prefix + file + " is not a readable practice database (damaged, or another program's file)."
                            + " Rehearse has not changed it; move it aside to start a new history." + detail, e);
            case CANTOPEN -> new PracticeStoreException(Problem.CANNOT_OPEN, file,
                    prefix + "the practice database " + file + " cannot be opened or created."
                            + " Check that " + file.getParent() + " is a writable folder." + detail, e);
            case IOERR -> new PracticeStoreException(Problem.IO_ERROR, file,
                    prefix + "a disk read or write failed on the practice database " + file + "." + detail, e);
            default -> new PracticeStoreException(Problem.IO_ERROR, file,
                    prefix + "the practice database " + file + " reported an error." + detail, e);
        };
    }

    static int primaryCode(SQLException e) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code : e.getErrorCode();
        return code & 0xff;
    }

    private static String sqliteReason(SQLException e) {
        String m = e.getMessage();
        return m == null ? "no message" : m.strip();
    }

    /** A measured wait, to a tenth of a second ("3.0 s"). */
    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
