package dev.rehearse.practice;

import java.nio.file.Path;

/**
 * Whether the practice history can be used right now.
 *
 * @param available    the database is open and at the current schema
 * @param databaseFile where the history lives
 * @param problem      null when available; otherwise the problem, and {@code message} says it for the user
 * @param message      null when available
 */
public record StoreStatus(boolean available, Path databaseFile, PracticeStoreException.Problem problem, String message) {

    static StoreStatus up(Path file) {
        return new StoreStatus(true, file, null, null);
    }

    static StoreStatus down(PracticeStoreException e) {
        return new StoreStatus(false, e.file(), e.problem(), e.getMessage());
    }
}
