package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prep pack of a long history, in a heap far smaller than the history: it must be streamed. */
@Tag("integration")
class PrepPackLoadTest {

    @TempDir
    Path dataDir;

    @Test
    void should_write_the_pack_of_5000_attempts_of_21_kb_each_in_a_32_mb_heap() throws Exception {
        // given: about 105 MB of reports, three times the child's heap
        try (ChildJvm child = ChildJvm.start(dataDir, List.of("-Xmx32m"), Map.of(), PrepPackLoadMain.class,
                List.of(dataDir.toString(), "5000"))) {
            // when
            List<String> lines = child.awaitLines(line -> line.startsWith("PACK "), 1, Duration.ofMinutes(5));

            // then: every question, the 5,000 attempts and the legacy history's eight (its Ask runs left out)
            String[] pack = lines.get(0).split(" ");
            assertThat(pack[1]).isEqualTo("502");
            assertThat(pack[2]).isEqualTo("5008");
            assertThat(Long.parseLong(pack[3])).isGreaterThan(500L * 1_000);
            assertThat(child.waitForExit(Duration.ofMinutes(1))).as(child.stderr()).isZero();
        }
    }
}
