package dev.rehearse.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The practice history written by the version whose page posted its own reports (see
 * src/test/resources/practice/README.md): ten attempts, every mode, every shape the page posted.
 */
final class LegacyHistory {

    static final String RESOURCE = "/practice/history-v1.db";
    static final String BANK_KEY = "q:18a44e16e62a";
    static final String FREE_QUESTION = "Why do you want to work at TheyDo?";

    private LegacyHistory() {
    }

    /** A copy of the fixture as {@code <dataDir>/practice.db}; the fixture itself is never opened for writing. */
    static Path copyInto(Path dataDir) {
        try (InputStream in = LegacyHistory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve(StoreOptions.FILE_NAME);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
