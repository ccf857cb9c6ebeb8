package dev.rehearse.cli;

import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.StoreStatus;
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

    @Option(names = "--access-token", paramLabel = "TOKEN",
            description = "Token every request must carry (env REHEARSE_ACCESS_TOKEN); required with a --host other than this machine.")
    String accessToken;

    @Override
    public Integer call() {
        ServerSettings settings = ServerSettings.resolve(Env.load(), host, port, folders.knowledge, folders.dataDir, accessToken);
        log.info("Knowledge folder {}, data folder {}", settings.knowledgeDir().toAbsolutePath().normalize(),
                settings.dataDir().toAbsolutePath().normalize());
        KnowledgeIndex index = KnowledgeIndex.open(settings.knowledgeDir(), FolderOptions.indexDir(settings), new MiniLmEmbedder());
        SyncReport first = index.stats().lastReport();
        log.info("Index ready: {} passages, {} embedded now, in {} ms", first.passagesTotal(), first.passagesEmbedded(), first.millis());
        index.startWatching();
        AttemptStore attempts = AttemptStore.inDataDir(settings.dataDir());
        StoreStatus history = attempts.status();
        if (history.available()) {
            log.info("Practice history in {}", history.databaseFile());
        } else {
            // the page works without it; the history endpoints keep saying why until it is fixed
            log.warn("Practice history unavailable: {}", history.message());
        }
        RehearseServer server = new RehearseServer(settings, index, attempts).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            attempts.close();
            index.close();
        }, "rehearse-shutdown"));
        System.out.println("Rehearse is running at " + server.url() + "  (Ctrl+C to stop)");
        if (settings.requiresToken()) {
            System.out.println("Access token required: open " + server.url() + "?token=<your REHEARSE_ACCESS_TOKEN> once in the browser.");
        }
        return 0;
    }
}
