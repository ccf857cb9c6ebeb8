package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.service.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mock interview in the terminal, its answers typed on standard input. */
@Tag("integration")
class MockCommandTest {

    @TempDir
    Path data;

    record Run(int code, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = RehearseCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), () -> dev.rehearse.config.Env.of(java.util.Map.of()));
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void should_run_a_session_from_standard_input_when_answers_end_with_an_empty_line() {
        // given: a two-line answer, a skip of its follow-up, an answer to the closing question, the end
        String typed = "We rebuilt the ingestion pipeline at PayPal on Kafka and Spark,\n"
                + "and we moved the batch jobs to streaming so analysts saw payments data sooner.\n\n"
                + "/skip\n"
                + "How is the data team structured today, and how does this role fit into its growth plans over the next year?\n\n"
                + "/end\n";

        // when
        Run r = run(typed, "mock", "--knowledge", "knowledge", "--data-dir", data.toString(), "--questions", "2",
                "--follow-ups", "1", "--offline");

        // then
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Interviewer: So tell me about your experience?");
        List<String> turns = r.out().lines().filter(l -> l.startsWith("Interviewer: ")).toList();
        assertThat(turns.size()).isBetween(3, 5);
        assertThat(turns.get(1)).as("a follow-up naming what the answer said").contains("\"");
        assertThat(turns.get(2)).isEqualTo("Interviewer: What questions do you have for us?");
        assertThat(r.out()).contains("## Debrief").contains("Follow-ups: 1 asked").contains("1 skipped").contains("### Prepare next");
    }

    @Test
    void should_print_the_debrief_as_json_when_asked_and_end_at_slash_end() throws Exception {
        // given
        String typed = "/end\n";

        // when
        Run r = run(typed, "mock", "--knowledge", "knowledge", "--data-dir", data.toString(), "--json", "--offline");

        // then
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode debrief = Json.MAPPER.readTree(r.out());
        assertThat(debrief.get("endedEarly").asBoolean()).isTrue();
        assertThat(debrief.get("answers")).isEmpty();
        assertThat(r.err()).contains("Interviewer: So tell me about your experience?");
    }

    @Test
    void should_name_the_flag_when_the_number_of_questions_is_out_of_range() {
        // when
        Run r = run("", "mock", "--knowledge", "knowledge", "--data-dir", data.toString(), "--questions", "12");

        // then
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--questions must be between 1 and 10").doesNotContain("Exception");
    }
}
