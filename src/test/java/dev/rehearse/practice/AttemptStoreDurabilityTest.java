package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.ChildJvm;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 of a process while it saves: every attempt it acknowledged must be in the database afterwards, byte
 * for byte, and the file must be intact.
 */
@Tag("integration")
class AttemptStoreDurabilityTest {

    private static final int ROUNDS = 5;
    private static final int THREADS = 4;

    @TempDir
    Path dataDir;

    @Test
    void should_find_every_acknowledged_attempt_after_the_saving_process_is_killed_mid_burst() throws Exception {
        // given
        Map<Long, NewAttempt> acknowledged = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            String run = "round" + round;
            try (ChildJvm child = ChildJvm.start(SaveBurstMain.class, List.of(dataDir.toString(), String.valueOf(THREADS), run))) {
                child.awaitLines(l -> l.startsWith("ACK "), 40 + 25 * round, Duration.ofSeconds(60));

                // when: SIGKILL while the four threads are still saving
                boolean stillSaving = child.isAlive() && !child.lines().contains("DONE");
                child.kill();

                // then (for this round): the process was mid-burst and did not get to close the database
                assertThat(stillSaving).as("killed mid-burst").isTrue();
                assertThat(dataDir.resolve("practice.db-wal")).as("no clean close").exists();
                for (String line : child.lines()) {
                    if (line.startsWith("ACK ")) {
                        String[] f = line.split(" ");
                        acknowledged.put(Long.parseLong(f[1]),
                                SaveBurstMain.attemptFor(run, Integer.parseInt(f[2]), Integer.parseInt(f[3])));
                    }
                }
            }
        }

        // then: every acknowledged attempt is there, unchanged
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            for (Map.Entry<Long, NewAttempt> e : acknowledged.entrySet()) {
                Attempt stored = store.get(e.getKey()).orElseThrow(() -> new AssertionError("acknowledged attempt " + e.getKey() + " is missing"));
                NewAttempt expected = e.getValue();
                assertThat(stored.draft()).isEqualTo(expected.draft());
                assertThat(stored.reportJson()).isEqualTo(expected.reportJson());
                assertThat(stored.questionId()).isEqualTo(expected.questionId());
                assertThat(stored.overallScore()).isEqualTo(expected.overallScore());
            }
            // Saves committed in the instant between COMMIT and the ACK line may be extra; none may be missing.
            long stored = store.attemptCount();
            assertThat(stored).isGreaterThanOrEqualTo(acknowledged.size());
            System.out.printf("durability: %d kills, %d acknowledged attempts all found, %d stored%n", ROUNDS, acknowledged.size(), stored);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("practice.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * 40);
    }
}
