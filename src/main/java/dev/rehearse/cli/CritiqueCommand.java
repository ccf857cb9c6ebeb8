package dev.rehearse.cli;

import dev.rehearse.RehearseApp;
import dev.rehearse.coach.CritiqueText;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.service.CoachResult;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.UnknownCompanyException;
import dev.rehearse.service.Json;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "critique", description = "Critique a draft answer: structure, evidence, delivery, language, grounding "
        + "in your notes, the company tie and likely follow-ups; with a configured model, its judgement too.")
final class CritiqueCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Option(names = {"-q", "--question"}, required = true, description = "The interview question.")
    String question;

    @Option(names = {"-d", "--draft"}, required = true, paramLabel = "FILE|-",
            description = "The draft answer: a UTF-8 text file, or - to read standard input.")
    String draft;

    @Option(names = "--json", description = "Print the result as JSON, as POST /api/critique returns it.")
    boolean json;

    @Option(names = "--company", paramLabel = "SLUG",
            description = "The company to tie the answer to (a folder under companies/); the default company otherwise.")
    String company;

    @Option(names = "--offline", description = "Skip the configured language model: the offline coach only.")
    boolean offline;

    @Option(names = "--language", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check spelling and grammar (default; takes a few seconds to load). --no-language skips it.")
    boolean language;

    @ParentCommand
    RehearseCommand parent;

    @Spec
    CommandSpec spec;

    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        DraftRequest request = DraftInput.request(question, DraftInput.read(draft, stdin), company);
        Env env = parent.env();
        ServerSettings settings = folders.resolve(env);
        CoachResult<Critique, LlmCritique> result;
        try (RehearseApp.Standalone app = RehearseApp.standalone(settings, env, EmbeddingSetting.load(env), language, offline)) {
            result = app.service().critique(request);
        } catch (UnknownCompanyException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            out.print(CritiqueText.render(result.offline()));
            out.print(ModelText.render(result.llm(), result.llmNote()));
        }
        out.flush();
        return 0;
    }
}
