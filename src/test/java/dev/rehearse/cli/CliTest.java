package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.service.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: output, exit codes, and errors without stack traces. */
@Tag("integration")
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

    @Test
    void should_critique_a_draft_file_as_readable_text() throws Exception {
        // given the candidate's data-model answer, typos included
        Path draft = data.resolve("draft.txt");
        Files.writeString(draft, "a good data model has a clearly defined level of detail, seperates measurable events "
                + "from descriptive context and uses consistent keys. It avoids duplication and unecessary complexity.");

        // when
        Run r = run("critique", "--knowledge", "knowledge", "--data-dir", data.toString(),
                "-q", "what makes a good data model?", "-d", draft.toString());

        // then
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Type: Conceptual").contains("Overall ")
                .contains("\"seperates\" → separates").contains("\"unecessary\" → unnecessary")
                .contains("Likely follow-ups:");
    }

    @Test
    void should_critique_standard_input_as_json_without_the_language_check() throws Exception {
        java.io.InputStream original = System.in;
        Run r;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "I think we kind of just made things better, basically.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            r = run("critique", "--knowledge", "knowledge", "--data-dir", data.toString(), "--json", "--no-language",
                    "-q", "Tell me about a time you improved a process", "-d", "-");
        } finally {
            System.setIn(original);
        }

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = Json.MAPPER.readTree(r.out());
        assertThat(report.get("question").get("type").asText()).isEqualTo("behavioural");
        assertThat(report.get("language").get("status").asText()).isEqualTo("skipped");
        assertThat(report.get("delivery").get("hedges")).isNotEmpty();
        assertThat(report.get("scores").get("overall").asDouble()).isLessThan(2.5);
    }

    @Test
    void should_refuse_an_empty_draft_with_exit_2_and_a_missing_file_with_exit_1() throws Exception {
        Path empty = data.resolve("empty.txt");
        Files.writeString(empty, "  \n");

        Run blank = run("critique", "--data-dir", data.toString(), "-q", "Why us?", "-d", empty.toString());
        Run missing = run("critique", "--data-dir", data.toString(), "-q", "Why us?", "-d", data.resolve("nope.txt").toString());
        Run noQuestion = run("critique", "--data-dir", data.toString(), "-d", empty.toString());

        assertThat(blank.code()).isEqualTo(2);
        assertThat(blank.err()).contains("the draft is empty");
        assertThat(missing.code()).as("a missing file, as the README says").isEqualTo(1);
        assertThat(missing.err()).contains("draft file not found").contains("nope.txt");
        assertThat(noQuestion.code()).isEqualTo(2);
        assertThat(noQuestion.err()).contains("--question");
    }

    @Test
    void should_evaluate_retrieval_on_a_beir_folder() throws Exception {
        // given a tiny collection in BEIR's layout: each query has one relevant document
        Path beir = data.resolve("beir");
        Files.createDirectories(beir.resolve("qrels"));
        Files.writeString(beir.resolve("corpus.jsonl"), String.join("\n",
                "{\"_id\": \"d1\", \"title\": \"Payments pipeline\", \"text\": \"Daily ingestion of PayPal payments with a weekly aggregation.\"}",
                "{\"_id\": \"d2\", \"title\": \"Data models\", \"text\": \"Facts separate measurable events from descriptive dimensions.\"}",
                "{\"_id\": \"d3\", \"title\": \"Remote work\", \"text\": \"Working asynchronously across time zones with clear written updates.\"}"));
        Files.writeString(beir.resolve("queries.jsonl"), String.join("\n",
                "{\"_id\": \"q1\", \"text\": \"ingesting payment data every day\"}",
                "{\"_id\": \"q2\", \"text\": \"fact tables and dimensions\"}"));
        Files.writeString(beir.resolve("qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n");

        // when
        Run r = run("eval-retrieval", "--beir", beir.toString(), "--mode", "bm25,hybrid");

        // then
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("mode        bm25").contains("mode        hybrid")
                .contains("documents   3").contains("queries     2").contains("nDCG@10     1.0000")
                .containsPattern("latency     p50 [0-9.]+ ms, p99 [0-9.]+ ms");
    }

    @Test
    void should_name_a_missing_beir_folder_or_a_bad_mode() {
        Run missing = run("eval-retrieval", "--beir", data.resolve("none").toString());
        Run badMode = run("eval-retrieval", "--beir", data.toString(), "--mode", "magic");

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("BEIR folder not found");
        assertThat(badMode.code()).isEqualTo(2);
        assertThat(badMode.err()).contains("unknown mode 'magic'");
    }
}
