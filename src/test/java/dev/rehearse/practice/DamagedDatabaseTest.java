package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file cut short under an open history. With SQLite's memory-mapped I/O this ended the JVM with SIGBUS;
 * the store reads and writes the file without mapping it, so the damage is an error the caller can answer. Should
 * that regress, this test's own JVM dies, which the build reports as a crash.
 */
class DamagedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void should_fail_with_a_store_error_and_keep_the_process_alive_when_the_database_file_is_truncated_while_open()
            throws Exception {
        // given: an open history with attempts written through to the database file
        List<Object> outcomes = new ArrayList<>();
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            String key = null;
            for (int i = 0; i < 20; i++) {
                key = store.save(Attempts.free("Q" + (i % 3), "draft number " + i + " with some words in it", 3.0))
                        .questionKey();
            }
            String question = key;
            assertThat(store.attemptCount()).isEqualTo(20);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.databaseFile());
                 Statement checkpoint = c.createStatement()) {
                checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)"); // the pages now live in the file, not the WAL
            }

            // when: the file is cut to nothing under it, then read and written again
            try (FileChannel file = FileChannel.open(store.databaseFile(), StandardOpenOption.WRITE)) {
                file.truncate(0);
            }
            for (int i = 0; i < 5; i++) {
                String draft = "after the damage " + i;
                outcomes.add(attempt(() -> store.save(Attempts.free("Q0", draft, 2.0))));
                outcomes.add(attempt(store::attemptCount));
                outcomes.add(attempt(() -> store.history(question)));
            }

            // then: the damage is reported as the store's own error, and no call let anything else escape
            assertThat(outcomes.get(0)).isEqualTo("store error: NOT_A_DATABASE");
            assertThat(outcomes).doesNotContain("escaped");
        }
    }

    private static Object attempt(java.util.function.Supplier<?> call) {
        try {
            Object result = call.get();
            return result == null ? "null" : result;
        } catch (PracticeStoreException e) {
            return "store error: " + e.problem();
        } catch (RuntimeException e) {
            return "escaped";
        }
    }
}
