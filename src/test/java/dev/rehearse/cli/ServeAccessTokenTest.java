package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses to listen beyond this machine without a usable access token, before loading anything. */
class ServeAccessTokenTest {

    @TempDir
    Path data;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RehearseCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void should_refuse_to_bind_to_all_interfaces_without_a_token() {
        Assumptions.assumeTrue(System.getenv("REHEARSE_ACCESS_TOKEN") == null, "REHEARSE_ACCESS_TOKEN is set in this environment");

        String[] r = run("serve", "--host", "0.0.0.0", "--port", "0", "--knowledge", "knowledge", "--data-dir", data.toString());

        assertThat(r[0]).isNotEqualTo("0");
        assertThat(r[1]).startsWith("rehearse: binding to 0.0.0.0").contains("REHEARSE_ACCESS_TOKEN", "--access-token")
                .doesNotContain("Exception");
    }

    @Test
    void should_refuse_a_token_too_short_to_be_safe() {
        String[] r = run("serve", "--host", "0.0.0.0", "--port", "0", "--access-token", "letmein",
                "--knowledge", "knowledge", "--data-dir", data.toString());

        assertThat(r[0]).isNotEqualTo("0");
        assertThat(r[1]).contains("at least 16 characters").doesNotContain("letmein");
    }
}
