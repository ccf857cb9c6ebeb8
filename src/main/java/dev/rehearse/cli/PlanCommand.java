package dev.rehearse.cli;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.plan.DueToday;
import dev.rehearse.search.MiniLmEmbedder;
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

@Command(name = "plan", description = "What to practise today: questions no story answers yet, then the reviews that "
        + "are due (spaced with FSRS from your scores), then questions never practised, with minutes.")
final class PlanCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Mixin
    CompanyOption company;

    @Option(names = "--json", description = "Print the plan as JSON, as GET /api/plan returns it.")
    boolean json;

    @ParentCommand
    RehearseCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Env env = parent.env();
        ServerSettings settings = folders.resolve(env);
        DueToday plan;
        List<String> warnings;
        try (RehearseApp.Standalone app = RehearseApp.standalone(settings, env, new MiniLmEmbedder(), false, true)) {
            plan = company.run(c -> app.plan().plan(c));
            warnings = app.plan().warnings();
        }
        // on stderr, so --json output stays one JSON document a script can read
        PrintWriter err = spec.commandLine().getErr();
        warnings.forEach(w -> err.println("warning: " + w));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(plan));
        } else {
            out.println("Due today (" + plan.today() + "): " + plan.items().size() + " items, about " + plan.minutes() + " minutes"
                    + (plan.interviewDate() == null ? "" : "; interview on " + plan.interviewDate()));
            for (DueToday.Item i : plan.items()) {
                out.println("  [" + i.kind() + ", " + i.minutes() + " min] " + i.question());
                out.println("      " + i.reason());
            }
        }
        out.flush();
        return 0;
    }
}
