package dev.rehearse.practice;

import java.nio.file.Path;

/**
 * The practice history could not do what was asked. The message is meant for the user: it says what failed,
 * names the database file and, where there is one, what to do about it. Nothing was half-written: a failed
 * save left no trace in the database.
 */
public class PracticeStoreException extends RuntimeException {

    /** What went wrong, for the HTTP layer to choose a status and the page a hint. */
    public enum Problem {
        /** Another program holds a lock on the database for longer than the busy timeout; trying again later can work. */
        LOCKED,
        /** The database file or its folder cannot be written. */
        READ_ONLY,
        /** The data folder or the database file cannot be created or opened. */
        CANNOT_OPEN,
        /** The disk (or the file system quota) is full. */
        DISK_FULL,
        /** The file is not a SQLite database, is damaged, or belongs to another program. */
        NOT_A_DATABASE,
        /** The database was written by a newer Rehearse with a schema this version does not know. */
        NEWER_VERSION,
        /** A read or write error from the operating system, or another SQLite error. */
        IO_ERROR,
        /** The store was closed (the server is shutting down). */
        CLOSED
    }

    private final Problem problem;
    private final Path file;

    public PracticeStoreException(Problem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    /** The database file (or the data folder, when that is what failed). */
    public Path file() {
        return file;
    }

    /** Whether the same call may succeed if it is simply tried again later (a lock that another program holds). */
    public boolean isTemporary() {
        return problem == Problem.LOCKED;
    }
}
