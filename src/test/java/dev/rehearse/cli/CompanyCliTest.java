package dev.rehearse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.CompaniesFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --company} on the coaching, planning and history commands over a folder with two companies. */
@Tag("integration")
class CompanyCliTest {

    private static final String QUESTION = "Can you walk me through a data system you designed end-to-end?";

    @TempDir
    static Path temp;
    static Path knowledge;
    static Path data;
    static Path draft;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void folders() throws IOException {
        knowledge = CompaniesFixture.build(temp);
        data = temp.resolve("data");
        draft = Files.writeString(temp.resolve("draft.txt"), "I rebuilt the PayPal ingestion pipeline: a daily ingestion"
                + " pipeline that landed raw files and a separate aggregation pipeline, so a failed aggregation could be"
                + " rerun and retries were idempotent. The finance team trusted the weekly payments table again.");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--knowledge", knowledge.toString(), "--data-dir", data.toString()}, 0, all, args.length, 4);
        int code = RehearseCommand.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void should_tie_to_the_company_named_by_the_flag() {
        // when
        Run northwind = run("tie", "--offline", "--company", "northwind", "-q", QUESTION, "-d", draft.toString());
        Run theydo = run("tie", "--offline", "--company", "theydo", "-q", QUESTION, "-d", draft.toString());

        // then
        assertThat(northwind.code()).isZero();
        assertThat(northwind.out()).startsWith("Tie to Northwind Freight").contains("companies/northwind/")
                .doesNotContain("companies/theydo/");
        assertThat(theydo.out()).startsWith("Tie to TheyDo").doesNotContain("companies/northwind/");
    }

    @Test
    void should_exit_2_naming_an_unknown_company_on_every_command() {
        for (String[] args : new String[][] {
                {"history", "--company", "acme"},
                {"followups", "--offline", "--company", "acme", "-q", QUESTION, "-d", draft.toString()},
                {"critique", "--offline", "--no-language", "--company", "acme", "-q", QUESTION, "-d", draft.toString()},
                {"plan", "--company", "acme"},
                {"mock", "--offline", "--company", "acme"}}) {
            // when
            Run r = run(args);

            // then
            assertThat(r.code()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).contains("\"acme\"", "northwind (Northwind Freight)", "theydo (TheyDo)")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void should_show_the_history_of_the_company_asked_for() {
        // when
        Run r = run("history", "--company", "theydo");

        // then
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Practised for TheyDo: 0 questions");
    }

    @Test
    void should_interview_for_the_company_named_by_the_flag() {
        // given: the opener and the motivation question skipped, then the end
        String typed = "/skip\n/skip\n/end\n";

        // when
        Run northwind = withInput(typed, () -> run("mock", "--offline", "--company", "northwind", "--questions", "3"));
        Run theydo = withInput(typed, () -> run("mock", "--offline", "--company", "theydo", "--questions", "3"));

        // then
        assertThat(northwind.code()).as(northwind.err()).isZero();
        assertThat(northwind.out()).contains("Interviewer: Why Northwind Freight?").doesNotContain("TheyDo");
        assertThat(theydo.code()).as(theydo.err()).isZero();
        assertThat(theydo.out()).contains("TheyDo").doesNotContain("Northwind");
    }

    /** Runs with {@code typed} as standard input, which the mock interview reads its answers from. */
    private static Run withInput(String typed, java.util.function.Supplier<Run> command) {
        java.io.InputStream before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(typed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return command.get();
        } finally {
            System.setIn(before);
        }
    }
}
