package dev.rehearse.cli;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.QuestionSummary;
import dev.rehearse.service.CompanyScope;
import dev.rehearse.service.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "history", description = "The questions practised for a company, with each one's attempts and its best "
        + "and last score, most recent first.")
final class HistoryCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Mixin
    CompanyOption company;

    @Option(names = "--json", description = "Print the questions as JSON, as GET /api/practice/questions returns them.")
    boolean json;

    @ParentCommand
    RehearseCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Env env = parent.env();
        ServerSettings settings = folders.resolve(env);
        List<QuestionSummary> questions;
        String name;
        try (RehearseApp.Standalone app = RehearseApp.standalone(settings, env, EmbeddingSetting.load(env), false, true)) {
            CompanyScope.Scoped scoped = company.run(c -> app.service().companies().resolve(c));
            name = scoped.name();
            questions = app.service().attempts().questions(scoped.history());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(questions));
        } else {
            out.println("Practised" + (name == null ? "" : " for " + name) + ": " + questions.size() + " questions");
            for (QuestionSummary q : questions) {
                out.println("  " + q.questionText() + "  (" + q.attempts() + " attempts, best " + score(q.bestScore())
                        + ", last " + score(q.lastScore()) + ")");
            }
        }
        out.flush();
        return 0;
    }

    private static String score(Double s) {
        return s == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", s);
    }
}
