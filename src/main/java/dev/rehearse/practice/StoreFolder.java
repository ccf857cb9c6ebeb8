package dev.rehearse.practice;

import dev.rehearse.practice.PracticeStoreException.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/** The data folder the database lives in: created when missing, and blamed by name when it is the problem. */
final class StoreFolder {

    private StoreFolder() {
    }

    static void prepare(String action, Path file) {
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
            boolean readOnly = e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("read-only");
            throw new PracticeStoreException(readOnly ? Problem.READ_ONLY : Problem.CANNOT_OPEN, dir, "Could not " + action
                    + ": the data folder " + dir + " cannot be created (" + e.getReason() + ").", e);
        } catch (IOException e) {
            throw new PracticeStoreException(Problem.CANNOT_OPEN, dir, "Could not " + action + ": the data folder " + dir
                    + " cannot be created (" + e.getMessage() + ").", e);
        }
        if (Files.isDirectory(file)) {
            throw new PracticeStoreException(Problem.CANNOT_OPEN, file,
                    "Could not " + action + ": " + file + " is a folder, where the practice database file should be.", null);
        }
    }

    /**
     * SQLite only says "unable to open database file"; the usual cause is a folder it cannot create the database,
     * or its -wal and -shm companions, in.
     */
    static PracticeStoreException explainOpenFailure(String action, Path file, PracticeStoreException failure, SQLException e) {
        Path dir = file.getParent();
        if ((failure.problem() == Problem.CANNOT_OPEN || failure.problem() == Problem.IO_ERROR) && !Files.isWritable(dir)) {
            return new PracticeStoreException(Problem.READ_ONLY, file, "Could not " + action + ": the practice database "
                    + file + " cannot be opened because its folder " + dir + " is read-only (SQLite keeps the database"
                    + " and its -wal and -shm files there). Make the folder writable.", e);
        }
        return failure;
    }
}
