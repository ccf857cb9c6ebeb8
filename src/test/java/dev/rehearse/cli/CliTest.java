package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.http.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: output, exit codes, and errors without stack traces. */
class CliTest {

    @TempDir
    Path data;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RehearseCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_index_then_report_nothing_to_embed_on_a_second_run() {
        // when
        Run first = run("index", "--knowledge", "knowledge", "--data-dir", data.toString());
        Run second = run("index", "--knowledge", "knowledge", "--data-dir", data.toString());

        // then
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("\\d+ passages in the index, \\d+ embedded in").contains("passages/s");
        assertThat(second.out()).contains(", 0 embedded in").contains("0 changed, 0 removed");
        assertThat(Files.isDirectory(data.resolve("index"))).isTrue();
    }

    @Test
    void should_print_a_table_of_hits_with_file_and_lines() {
        Run r = run("search", "--knowledge", "knowledge", "--data-dir", data.toString(), "-k", "3",
                "separating", "ingestion", "from", "aggregation");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(4);
        assertThat(r.out()).contains("candidate/theydo-data-engineer-notes.txt:69-77").contains("[aggregation]");
    }

    @Test
    void should_print_json_as_the_api_does() throws Exception {
        Run r = run("search", "--knowledge", "knowledge", "--data-dir", data.toString(), "--json", "--kind", "research",
                "--mode", "bm25", "opportunity value and effort scoring");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode body = Json.MAPPER.readTree(r.out());
        assertThat(body.get("mode").asText()).isEqualTo("bm25");
        assertThat(body.get("hits")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("research"));
        assertThat(body.get("hits").get(0).get("source").asText()).isEqualTo("company/product-concepts.md");
    }

    @Test
    void should_exit_2_with_a_message_on_bad_options() {
        Run badK = run("search", "--data-dir", data.toString(), "-k", "0", "x");
        Run badMode = run("search", "--data-dir", data.toString(), "--mode", "fuzzy", "x");
        Run noQuery = run("search", "--data-dir", data.toString());

        assertThat(badK.code()).isEqualTo(2);
        assertThat(badK.err()).contains("-k must be between 1 and 50").doesNotContain("\tat ");
        assertThat(badMode.code()).isEqualTo(2);
        assertThat(badMode.err()).contains("unknown mode 'fuzzy'");
        assertThat(noQuery.code()).isEqualTo(2);
        assertThat(noQuery.err()).contains("QUERY");
    }

    @Test
    void should_name_a_missing_knowledge_folder() {
        Run r = run("index", "--knowledge", data.resolve("missing").toString(), "--data-dir", data.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("knowledge folder not found").contains("missing").doesNotContain("\tat ");
    }

    @Test
    void should_name_a_bad_port_setting() {
        Run r = run("serve", "--port", "70000", "--data-dir", data.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("port must be between 0 and 65535");
    }
}
