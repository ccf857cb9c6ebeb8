package dev.rehearse.cli;

import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.SyncReport;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Index the knowledge folder, watch it, and serve the page and the API.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    FolderOptions folders;

    @Option(names = "--host", description = "Interface to bind (env REHEARSE_HOST, default 127.0.0.1).")
    String host;

    @Option(names = "--port", description = "Port (env REHEARSE_PORT, default 7070; 0 picks a free port).")
    Integer port;

    @Override
    public Integer call() {
        ServerSettings settings = folders.resolve(Env.load(), host, port);
        log.info("Knowledge folder {}, data folder {}", settings.knowledgeDir().toAbsolutePath().normalize(),
                settings.dataDir().toAbsolutePath().normalize());
        KnowledgeIndex index = KnowledgeIndex.open(settings.knowledgeDir(), FolderOptions.indexDir(settings), new MiniLmEmbedder());
        SyncReport first = index.stats().lastReport();
        log.info("Index ready: {} passages, {} embedded now, in {} ms", first.passagesTotal(), first.passagesEmbedded(), first.millis());
        index.startWatching();
        RehearseServer server = new RehearseServer(settings, index).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            index.close();
        }, "rehearse-shutdown"));
        System.out.println("Rehearse is running at " + server.url() + "  (Ctrl+C to stop)");
        return 0;
    }
}
