package dev.rehearse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks in {@code src/bench/java} are compiled only with {@code -Pbench}, so a change of a constructor they
 * call broke them unseen once. This compiles them against the test classpath, the way the bench profile does, so
 * such a break fails the full tier. It does not run them: they take minutes and measure rather than check.
 */
@Tag("integration")
class BenchSourcesCompileTest {

    private static final Path BENCH = Path.of("src", "bench", "java");

    @Test
    void should_compile_every_benchmark_against_the_test_classpath(@TempDir Path out) throws IOException {
        // given
        List<String> sources;
        try (Stream<Path> files = Files.walk(BENCH)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding", "UTF-8",
                "-d", out.toString(), "-cp", classpath()));
        args.addAll(sources);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        // when
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));

        // then
        assertThat(sources).as("benchmark sources under " + BENCH.toAbsolutePath()).hasSizeGreaterThan(10);
        assertThat(status).as("javac on src/bench/java said:%n%s", errors.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.resolve("dev/rehearse/bench/JudgementBenchmark.class")).exists();
    }

    /** Surefire runs the tests from a manifest-only jar; it hands the real classpath over in this property. */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        assertThat(cp.split(File.pathSeparator)).as("test classpath").hasSizeGreaterThan(10);
        return cp;
    }
}
