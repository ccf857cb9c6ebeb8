package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.service.Json;
import dev.rehearse.testing.BundledKnowledge;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse plan} over a copy of the bundled notes with a {@code stories.md} that has three problems in it. The
 * runs share one data folder, so the index is built once.
 */
@Tag("integration")
class PlanCommandTest {

    private static final String NOTES = "candidate/theydo-data-engineer-notes.txt";

    @TempDir
    static Path temp;

    private static Path knowledge;
    private static Path data;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void copyTheBundledNotesWithAFlawedStoriesFile() throws IOException {
        knowledge = temp.resolve("knowledge");
        data = temp.resolve("data");
        try (Stream<Path> files = Files.walk(BundledKnowledge.FOLDER)) {
            for (Path f : files.toList()) {
                Path to = knowledge.resolve(BundledKnowledge.FOLDER.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(knowledge.resolve("stories.md"), """
                ## Payments pipeline rebuild
                lines: %s:69-77
                themes: ownership, bravery

                ## Something from long ago
                lines: %s:9000-9010

                ##
                lines: %s:69-70
                """.formatted(NOTES, NOTES, NOTES));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RehearseCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true),
                () -> dev.rehearse.config.Env.of(Map.of()));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_print_due_today_with_gaps_first_and_the_stories_md_warnings_on_stderr_when_run_as_text() {
        // when
        Run r = run("plan", "--knowledge", knowledge.toString(), "--data-dir", data.toString());

        // then
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Due today (").contains("minutes");
        assertThat(r.out().lines().filter(l -> l.startsWith("  [")).findFirst()).hasValueSatisfying(first ->
                assertThat(first).startsWith("  [gap, "));
        assertThat(r.out()).doesNotContain("warning");
        assertThat(r.err()).contains("warning: stories.md line 3: unknown theme bravery")
                .contains("warning: stories.md line 5: " + NOTES + " has ")
                .contains("warning: stories.md line 8: a story heading with no title");
    }

    @Test
    void should_print_the_plan_as_one_json_document_when_asked_for_json() throws IOException {
        // when
        Run r = run("plan", "--knowledge", knowledge.toString(), "--data-dir", data.toString(), "--json");

        // then: stdout is only the JSON; the warnings stay on stderr
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode plan = Json.MAPPER.readTree(r.out());
        assertThat(plan.at("/items/0/kind").asText()).isEqualTo("gap");
        assertThat(plan.get("minutes").asInt()).isPositive();
        assertThat(plan.get("items").findValuesAsText("questionId")).contains("standard:conflict");
        assertThat(r.err()).contains("warning: stories.md line 3: unknown theme bravery");
    }

    @Test
    void should_refuse_an_unknown_company_by_name_with_exit_code_two() {
        // when
        Run r = run("plan", "--knowledge", knowledge.toString(), "--data-dir", data.toString(), "--company", "Acme");

        // then
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("rehearse: ").contains("\"Acme\"").doesNotContain("Exception");
    }

    @Test
    void should_name_the_missing_folder_with_exit_code_one_when_the_knowledge_folder_is_not_there() {
        // when
        Run r = run("plan", "--knowledge", temp.resolve("nowhere").toString(), "--data-dir", data.toString());

        // then
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("knowledge folder not found").contains("nowhere").doesNotContain("Exception");
    }
}
