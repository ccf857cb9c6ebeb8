package dev.rehearse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small files with one job: a file past the limit is doing more than one. */
class SourceFileLengthTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final int MAX_LINES = 450;

    @Test
    void should_keep_every_main_source_file_within_450_lines() throws IOException {
        // given
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }

        // when
        List<String> tooLong = sources.stream()
                .filter(f -> lines(f) > MAX_LINES)
                .map(f -> MAIN.relativize(f) + " (" + lines(f) + " lines)")
                .toList();

        // then
        assertThat(sources).as("main sources found under " + MAIN.toAbsolutePath()).hasSizeGreaterThan(50);
        assertThat(tooLong).as("files over " + MAX_LINES + " lines").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
