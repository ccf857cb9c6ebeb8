package dev.rehearse.cli;

import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.SyncReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", description = "Bring the index up to date with the knowledge folder and report what changed.")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Env env = Env.load();
        ServerSettings settings = folders.resolve(env);
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
        SyncReport report;
        try (KnowledgeIndex index = KnowledgeIndex.open(settings.knowledgeDir(), FolderOptions.indexDir(settings),
                EmbeddingSetting.load(env), bar::update)) {
            report = index.stats().lastReport();
        }
        bar.finish();
        double seconds = report.millis() / 1000.0;
        out.printf("Indexed %s: %d files (%d added, %d changed, %d removed, %d unchanged)%n",
                settings.knowledgeDir(), report.filesAdded() + report.filesChanged() + report.filesUnchanged(),
                report.filesAdded(), report.filesChanged(), report.filesRemoved(), report.filesUnchanged());
        out.printf("%d passages in the index, %d embedded in %.2f s%s%n", report.passagesTotal(), report.passagesEmbedded(),
                seconds, report.passagesEmbedded() > 0 && seconds > 0
                        ? String.format(" (%.0f passages/s)", report.passagesEmbedded() / seconds) : "");
        return 0;
    }
}
