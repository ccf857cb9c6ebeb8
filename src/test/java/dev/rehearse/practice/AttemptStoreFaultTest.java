package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearse.practice.PracticeStoreException.Problem;
import dev.rehearse.testing.ChildJvm;
import dev.rehearse.testing.ReadOnlyPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store does when the disk, the file or another program gets in its way. */
@Tag("integration")
class AttemptStoreFaultTest {

    private static final Duration SHORT_WAIT = Duration.ofMillis(200);

    @TempDir
    Path dataDir;

    private AttemptStore quickStore() {
        return new AttemptStore(StoreOptions.forDataDir(dataDir).withBusyTimeout(SHORT_WAIT));
    }

    private Path dbFile() {
        return dataDir.resolve("practice.db").toAbsolutePath();
    }

    @Test
    void should_fail_as_locked_and_write_nothing_when_another_connection_holds_an_exclusive_lock() throws Exception {
        try (AttemptStore store = quickStore()) {
            // given
            Attempt before = store.save(Attempts.free("Q", "before the lock", 3.0));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dbFile()); Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");

                // when
                PracticeStoreException e = catchThrowableOfType(PracticeStoreException.class,
                        () -> store.save(Attempts.free("Q", "during the lock", 4.0)));

                // then: a typed, temporary failure naming the file; reading still works in WAL mode
                assertThat(e.problem()).isEqualTo(Problem.LOCKED);
                assertThat(e.isTemporary()).isTrue();
                assertThat(e.getMessage()).contains("Could not save the attempt", dbFile().toString(), "locked", "200 ms");
                assertThat(store.get(before.id())).isPresent();
                assertThat(store.status().available()).isTrue();
                s.execute("ROLLBACK");
            }

            // then: nothing of the failed save is there, and the next save works
            assertThat(store.attemptCount()).isEqualTo(1);
            Attempt after = store.save(Attempts.free("Q", "after the lock", 5.0));
            assertThat(store.get(after.id())).contains(after);
            assertThat(store.attemptCount()).isEqualTo(2);
        }
    }

    @Test
    void should_fail_as_locked_when_another_process_holds_the_database() throws Exception {
        try (AttemptStore store = quickStore()) {
            // given
            store.save(Attempts.free("Q", "before", 3.0));
            try (ChildJvm holder = ChildJvm.start(LockHolderMain.class, List.of(dbFile().toString()))) {
                holder.awaitLines("LOCKED"::equals, 1, Duration.ofSeconds(30));

                // when
                PracticeStoreException e = catchThrowableOfType(PracticeStoreException.class,
                        () -> store.save(Attempts.free("Q", "while another process writes", 4.0)));

                // then
                assertThat(e.problem()).isEqualTo(Problem.LOCKED);
                assertThat(e.getMessage()).contains(dbFile().toString());
                assertThat(store.questions()).hasSize(1);

                holder.send("release");
                holder.awaitLines("RELEASED"::equals, 1, Duration.ofSeconds(30));
                assertThat(holder.waitForExit(Duration.ofSeconds(30))).isZero();
            }

            // then: neither the failed save nor the other program's uncommitted row is there; saving works again
            assertThat(store.attemptCount()).isEqualTo(1);
            store.save(Attempts.free("Q", "after", 4.0));
            assertThat(store.attemptCount()).isEqualTo(2);
        }
    }

    @Test
    void should_report_unavailable_without_throwing_and_recover_when_the_data_folder_is_a_file() throws Exception {
        // given: a regular file where the data folder should be
        Path notAFolder = dataDir.resolve("data");
        Files.writeString(notAFolder, "I am a file");
        AttemptStore store = new AttemptStore(StoreOptions.forDataDir(notAFolder));

        // when
        StoreStatus status = store.status();
        PracticeStoreException e = catchThrowableOfType(PracticeStoreException.class,
                () -> store.save(Attempts.free("Q", "lost?", 2.0)));

        // then
        assertThat(status.available()).isFalse();
        assertThat(status.problem()).isEqualTo(Problem.CANNOT_OPEN);
        assertThat(status.message()).contains(notAFolder.toAbsolutePath().toString(), "is a file, not a folder");
        assertThat(e.problem()).isEqualTo(Problem.CANNOT_OPEN);
        assertThat(e.getMessage()).startsWith("Could not save the attempt");

        // when the user fixes it, the next call opens the database without a restart
        Files.delete(notAFolder);
        Attempt saved = store.save(Attempts.free("Q", "saved", 2.0));

        // then
        assertThat(store.get(saved.id())).contains(saved);
        assertThat(store.status().available()).isTrue();
        store.close();
    }

    @Test
    void should_fail_clearly_when_the_data_folder_is_read_only_and_work_once_it_is_writable() throws Exception {
        // given: an empty, read-only data folder
        AttemptStore store = quickStore();
        PracticeStoreException e;
        StoreStatus status;
        try (ReadOnlyPath readOnly = ReadOnlyPath.of(dataDir)) {
            // when
            e = catchThrowableOfType(PracticeStoreException.class, () -> store.save(Attempts.free("Q", "x", 2.0)));
            status = store.status();
        }

        // then
        assertThat(e.problem()).isEqualTo(Problem.READ_ONLY);
        assertThat(e.getMessage()).contains(dbFile().toString(), "read-only");
        assertThat(status.available()).isFalse();
        assertThat(store.save(Attempts.free("Q", "x", 2.0)).id()).isPositive();
        store.close();
    }

    @Test
    void should_fail_clearly_when_an_existing_history_sits_in_a_read_only_folder() throws Exception {
        // given: a history written and closed, then its folder made read-only
        try (AttemptStore writer = quickStore()) {
            writer.save(Attempts.free("Q", "old", 2.0));
        }
        AttemptStore store = quickStore();
        PracticeStoreException e;
        try (ReadOnlyPath readOnly = ReadOnlyPath.of(dataDir)) {
            // when
            e = catchThrowableOfType(PracticeStoreException.class, () -> store.save(Attempts.free("Q", "new", 2.0)));
        }

        // then
        assertThat(e.problem()).isEqualTo(Problem.READ_ONLY);
        assertThat(e.getMessage()).contains(dbFile().toString());
        assertThat(store.attemptCount()).isEqualTo(1);
        store.close();
    }

    @Test
    void should_fail_clearly_when_the_database_file_is_read_only() throws Exception {
        // given
        try (AttemptStore writer = quickStore()) {
            writer.save(Attempts.free("Q", "old", 2.0));
        }
        AttemptStore store = quickStore();
        PracticeStoreException e;
        try (ReadOnlyPath readOnly = ReadOnlyPath.of(dbFile())) {
            // when
            e = catchThrowableOfType(PracticeStoreException.class, () -> store.save(Attempts.free("Q", "new", 2.0)));
        }

        // then
        assertThat(e.problem()).isEqualTo(Problem.READ_ONLY);
        assertThat(e.getMessage()).contains(dbFile().toString(), "read-only");
        assertThat(store.attemptCount()).isEqualTo(1);
        store.close();
    }

    @Test
    void should_refuse_a_file_that_is_not_a_database_and_leave_it_untouched() throws Exception {
        // given
        byte[] content = "These are my notes, not a database.\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(dbFile(), content);

        try (AttemptStore store = quickStore()) {
            // when
            PracticeStoreException e = catchThrowableOfType(PracticeStoreException.class,
                    () -> store.save(Attempts.free("Q", "x", 2.0)));

            // then
            assertThat(e.problem()).isEqualTo(Problem.NOT_A_DATABASE);
            assertThat(e.getMessage()).contains(dbFile().toString(), "move it aside");
            assertThat(Files.readAllBytes(dbFile())).isEqualTo(content);
        }
    }

    @Test
    void should_refuse_a_database_written_by_a_newer_version_and_leave_it_untouched() throws Exception {
        // given
        try (AttemptStore writer = quickStore()) {
            writer.save(Attempts.free("Q", "from the future", 2.0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile()); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.CURRENT_VERSION + 1));
        }
        byte[] before = Files.readAllBytes(dbFile());

        try (AttemptStore store = quickStore()) {
            // when
            StoreStatus status = store.status();

            // then
            assertThat(status.available()).isFalse();
            assertThat(status.problem()).isEqualTo(Problem.NEWER_VERSION);
            assertThat(status.message()).contains(dbFile().toString(), "newer version of Rehearse");
        }
        assertThat(Files.readAllBytes(dbFile())).isEqualTo(before);
    }

    @Test
    void should_refuse_another_programs_database() throws Exception {
        // given
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Ada')");
        }

        try (AttemptStore store = quickStore()) {
            // when
            StoreStatus status = store.status();

            // then
            assertThat(status.problem()).isEqualTo(Problem.NOT_A_DATABASE);
            assertThat(status.message()).contains("another program");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile()); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'attempt'").getInt(1)).isZero();
        }
    }

    @Test
    void should_set_up_an_empty_database_file_at_the_current_schema() throws Exception {
        // given: a zero-byte file, as a crash during creation would leave
        Files.createFile(dbFile());

        try (AttemptStore store = quickStore()) {
            // when
            Attempt saved = store.save(Attempts.free("Q", "first", 1.0));

            // then
            assertThat(store.get(saved.id())).contains(saved);
            assertThat(store.connectionPragma("user_version")).isEqualTo(String.valueOf(Schema.CURRENT_VERSION));
        }
    }
}
