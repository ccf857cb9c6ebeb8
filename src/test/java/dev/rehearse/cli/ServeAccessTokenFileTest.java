package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.config.Env;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --access-token-file}: offered in the help, and a bad file fails like any other setting. */
class ServeAccessTokenFileTest {

    @TempDir
    Path data;

    private String[] run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RehearseCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                () -> Env.of(environment));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void should_fail_with_one_line_and_the_config_exit_code_when_the_token_file_is_missing() {
        // given
        Path missing = data.resolve("no-token-here");

        // when
        String[] r = run(Map.of(), "serve", "--host", "0.0.0.0", "--port", "0", "--access-token-file", missing.toString(),
                "--knowledge", "knowledge", "--data-dir", data.toString());
        String[] sameAsOtherSettings = run(Map.of(), "serve", "--port", "70000", "--knowledge", "knowledge",
                "--data-dir", data.toString());

        // then
        assertThat(r[2].strip()).isEqualTo("rehearse: --access-token-file names a file that does not exist: " + missing);
        assertThat(r[0]).isNotEqualTo("0").isEqualTo(sameAsOtherSettings[0]);
    }

    @Test
    void should_fail_the_same_way_when_the_variable_names_an_empty_file() throws Exception {
        // given
        Path empty = java.nio.file.Files.createFile(data.resolve("empty-token"));

        // when
        String[] r = run(Map.of("REHEARSE_ACCESS_TOKEN_FILE", empty.toString()), "serve", "--host", "0.0.0.0",
                "--port", "0", "--knowledge", "knowledge", "--data-dir", data.resolve("d").toString());

        // then
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).startsWith("rehearse: REHEARSE_ACCESS_TOKEN_FILE names an empty file").doesNotContain("Exception");
    }

    @Test
    void should_recommend_the_environment_or_the_file_in_the_help() {
        // when
        String[] r = run(Map.of(), "help", "serve");

        // then
        assertThat(r[1]).contains("--access-token-file=FILE", "REHEARSE_ACCESS_TOKEN_FILE", "process list");
    }
}
