package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rehearse.practice.PracticeStoreException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store against a database file that goes away, is replaced or is held by another connection. */
class AttemptStoreIdentityTest {

    @TempDir
    Path root;

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void should_save_into_a_new_database_that_survives_a_restart_when_the_data_folder_was_deleted_while_open() throws Exception {
        // given: an open history, and then its whole data folder deleted
        Path dataDir = root.resolve("data");
        Attempt kept;
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            store.save(Attempts.free("Q", "before the delete", 3.0));
            deleteTree(dataDir);

            // when
            kept = store.save(Attempts.free("Q", "after the delete", 4.0));

            // then: acknowledged only because it is on disk
            assertThat(dataDir.resolve(StoreOptions.FILE_NAME)).isRegularFile();
            assertThat(store.status().available()).isTrue();
            assertThat(store.history(kept.questionKey())).extracting(AttemptSummary::id).containsExactly(kept.id());
        }

        // then: a restart finds it
        try (AttemptStore restarted = AttemptStore.inDataDir(dataDir)) {
            assertThat(restarted.get(kept.id())).contains(kept);
            assertThat(restarted.attemptCount()).isEqualTo(1);
        }
    }

    @Test
    void should_refuse_to_write_when_another_file_replaced_the_database_while_open() throws Exception {
        // given: the history, and another history moved over its file
        Path dataDir = root.resolve("data");
        Path file = dataDir.resolve(StoreOptions.FILE_NAME);
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            store.save(Attempts.free("Q", "one", 3.0));
            Path otherDir = root.resolve("other");
            try (AttemptStore other = AttemptStore.inDataDir(otherDir)) {
                other.save(Attempts.free("Q", "elsewhere", 2.0));
            }
            Files.move(otherDir.resolve(StoreOptions.FILE_NAME), file, StandardCopyOption.REPLACE_EXISTING);

            // when
            PracticeStoreException e = catchThrowableOfType(PracticeStoreException.class,
                    () -> store.save(Attempts.free("Q", "after the swap", 4.0)));

            // then: not acknowledged, and the store says so
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("was replaced by another file", "restart Rehearse");
            assertThat(store.status().available()).isFalse();
        }
    }

    @Test
    void should_read_while_saves_wait_for_another_connections_exclusive_lock_and_say_how_long_each_waited() throws Exception {
        // given: an open history, and another connection holding BEGIN EXCLUSIVE
        Path dataDir = root.resolve("data");
        Duration limit = Duration.ofSeconds(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (AttemptStore store = new AttemptStore(StoreOptions.forDataDir(dataDir).withBusyTimeout(limit))) {
            Attempt before = store.save(Attempts.free("Q", "before the lock", 3.0));
            assertThat(store.status().available()).isTrue();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(StoreOptions.FILE_NAME));
                 Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                List<Future<PracticeStoreException>> saves = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    String draft = "during the lock " + i;
                    saves.add(pool.submit(() -> catchThrowableOfType(PracticeStoreException.class,
                            () -> store.save(Attempts.free("Q", draft, 4.0)))));
                }

                // when: reading while the saves wait
                List<AttemptSummary> history = store.history(before.questionKey());
                boolean savesStillWaiting = saves.stream().anyMatch(f -> !f.isDone());

                // then: the read did not queue behind them
                assertThat(history).extracting(AttemptSummary::id).containsExactly(before.id());
                assertThat(savesStillWaiting).isTrue();

                // then: every save failed as locked, none claiming a wait it did not have nor queuing one after another
                List<Double> waits = new ArrayList<>();
                for (Future<PracticeStoreException> f : saves) {
                    PracticeStoreException e = f.get();
                    assertThat(e).isNotNull();
                    assertThat(e.problem()).isEqualTo(Problem.LOCKED);
                    Matcher m = Pattern.compile("waited (\\d+\\.\\d) s").matcher(e.getMessage());
                    assertThat(m.find()).as(e.getMessage()).isTrue();
                    waits.add(Double.parseDouble(m.group(1)));
                }
                // four saves queued one after another would have waited about 1, 2, 3 and 4 s
                assertThat(waits).allSatisfy(w -> assertThat(w).isLessThan(2.0));
                s.execute("ROLLBACK");
            }
            assertThat(store.attemptCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
