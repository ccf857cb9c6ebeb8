package dev.rehearse.cli;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.Json;
import dev.rehearse.service.RehearseService;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A coaching action on one draft for one company: the flags, the run and the output shared by {@code critique},
 * {@code followups} and {@code tie}. Without the spelling check unless the command asks for it (neither the
 * follow-ups nor the tie report on language).
 *
 * @param <R> the action's result, printed as JSON or as text
 */
abstract class CoachingCommand<R> implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Option(names = {"-q", "--question"}, required = true, description = "The interview question.")
    String question;

    @Option(names = {"-d", "--draft"}, required = true, paramLabel = "FILE|-",
            description = "The draft answer: a UTF-8 text file, or - to read standard input.")
    String draft;

    @Mixin
    CompanyOption company;

    @Option(names = "--json", descriptionKey = "json", description = "Print the result as JSON, as the API returns it.")
    boolean json;

    @Option(names = "--offline", description = "Skip the configured language model: the offline coach only.")
    boolean offline;

    @ParentCommand
    RehearseCommand parent;

    @Spec
    CommandSpec spec;

    InputStream stdin = System.in;

    /** Runs the action. */
    abstract R run(RehearseService service, DraftRequest request);

    /** The result as text for a terminal. */
    abstract String text(R result);

    /** Whether the spelling and grammar check is loaded for the action (it takes a few seconds). */
    boolean spelling() {
        return false;
    }

    @Override
    public Integer call() throws Exception {
        DraftRequest request = DraftInput.request(question, DraftInput.read(draft, stdin), company.company());
        Env env = parent.env();
        ServerSettings settings = folders.resolve(env);
        R result;
        try (RehearseApp.Standalone app = RehearseApp.standalone(settings, env, EmbeddingSetting.load(env), spelling(), offline)) {
            result = company.run(c -> run(app.service(), request));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n" : text(result));
        out.flush();
        return 0;
    }
}
