package dev.rehearse.cli;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.mock.Debrief;
import dev.rehearse.mock.DebriefText;
import dev.rehearse.mock.MockOptions;
import dev.rehearse.mock.MockRequestException;
import dev.rehearse.mock.MockTurn;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.service.InvalidInputException;
import dev.rehearse.service.Json;
import dev.rehearse.service.MockService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "mock", description = "Run a mock interview in the terminal: answer each question with lines of text"
        + " ended by an empty line, /skip or /end; the debrief is printed at the end.")
final class MockCommand implements Callable<Integer> {

    static final String SKIP = "/skip";
    static final String END = "/end";

    @Mixin
    FolderOptions folders;

    @Mixin
    CompanyOption company;

    @Option(names = "--questions", paramLabel = "N", description = "How many questions, 1-10 (default 5).")
    Integer questions;

    @Option(names = "--follow-ups", paramLabel = "F", description = "Follow-ups a question at most, 0-3 (default 1).")
    Integer followUps;

    @Option(names = "--json", description = "Print the debrief as JSON, as POST /api/mock/{id}/end returns it;"
            + " the interviewer's turns go to standard error.")
    boolean json;

    @Option(names = "--offline", description = "Skip the configured language model: the offline interviewer only.")
    boolean offline;

    @ParentCommand
    RehearseCommand parent;

    @Spec
    CommandSpec spec;

    InputStream stdin = System.in;

    /** One answer as typed: its text, or a skip, or the end of the session. */
    private record Typed(String text, boolean skip, boolean end) {
    }

    @Override
    public Integer call() throws Exception {
        MockOptions options = options();
        Env env = parent.env();
        ServerSettings settings = folders.resolve(env);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter turns = json ? spec.commandLine().getErr() : out;
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        Debrief debrief;
        // the spelling check is left out: the interview critiques each answer for its debrief, not its spelling
        try (RehearseApp.Standalone app = RehearseApp.standalone(settings, env, new MiniLmEmbedder(), false, offline)) {
            debrief = run(app.service().mock(), options, in, turns);
        }
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(debrief));
        } else {
            out.println();
            out.print(DebriefText.debrief(debrief));
        }
        out.flush();
        return 0;
    }

    private Debrief run(MockService mock, MockOptions options, BufferedReader in, PrintWriter turns) throws IOException {
        MockService.Started started = company.run(c -> mock.start(options, c));
        turns.println("Mock interview " + started.id() + ": answer each question, then an empty line; " + SKIP
                + " skips it, " + END + " ends the session.");
        MockTurn turn = started.turn();
        while (true) {
            print(turn, turns);
            Typed typed = read(in);
            if (typed.end()) {
                return mock.end(started.id());
            }
            MockService.Next next;
            try {
                next = mock.answer(started.id(), typed.text(), typed.skip());
            } catch (InvalidInputException e) {
                turns.println("(" + e.describe("the answer") + "; type it again, or " + SKIP + ")");
                continue;
            }
            turn = next.turn();
            if (MockTurn.END.equals(turn.kind())) {
                print(turn, turns);
                return next.debrief();
            }
        }
    }

    private static void print(MockTurn turn, PrintWriter turns) {
        turns.println();
        turns.println("Interviewer: " + turn.text());
        if (turn.note() != null) {
            turns.println("(" + turn.note() + ")");
        }
        turns.flush();
    }

    /** Lines until an empty line; a line that is only /skip or /end says so; the end of the input ends the session. */
    private static Typed read(BufferedReader in) throws IOException {
        StringBuilder answer = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.strip();
            if (answer.isEmpty() && command.equalsIgnoreCase(SKIP)) {
                return new Typed("", true, false);
            }
            if (command.equalsIgnoreCase(END)) {
                return new Typed("", false, true);
            }
            if (command.isEmpty()) {
                if (!answer.isEmpty()) {
                    return new Typed(answer.toString(), false, false);
                }
                continue;
            }
            answer.append(answer.isEmpty() ? "" : "\n").append(line);
        }
        return answer.isEmpty() ? new Typed("", false, true) : new Typed(answer.toString(), false, false);
    }

    private MockOptions options() {
        try {
            return new MockOptions(questions, followUps, null);
        } catch (MockRequestException e) {
            String flag = e.field().equals("followUps") ? "--follow-ups" : "--questions";
            throw new UserInputException(e.getMessage().replace("field '" + e.field() + "'", flag));
        }
    }
}
