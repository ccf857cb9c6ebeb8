package dev.rehearse.cli;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = "Index the knowledge folder, watch it, and serve the page and the API.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders;

    @ParentCommand
    RehearseCommand parent;

    @Option(names = "--host", description = "Interface to bind (env REHEARSE_HOST, default 127.0.0.1).")
    String host;

    @Option(names = "--port", description = "Port (env REHEARSE_PORT, default 7070; 0 picks a free port).")
    Integer port;

    @Option(names = "--access-token", paramLabel = "TOKEN",
            description = {"Token every request must carry; required with a --host other than this machine.",
                    "Prefer --access-token-file or the env REHEARSE_ACCESS_TOKEN: a flag shows in the process list (ps)."})
    String accessToken;

    @Option(names = "--access-token-file", paramLabel = "FILE",
            description = "File holding the access token alone (env REHEARSE_ACCESS_TOKEN_FILE); keeps it out of the process list.")
    String accessTokenFile;

    /** The flags given over {@code env}: what {@link #call()} serves with. */
    ServerSettings settings(Env env) {
        return ServerSettings.resolve(env, host, port, folders.knowledge, folders.dataDir, accessToken, accessTokenFile);
    }

    @Override
    public Integer call() {
        Env env = parent.env();
        ServerSettings settings = settings(env);
        // the model loads while the index, the history and the server are set up; the server waits for it
        RehearseApp app = RehearseApp.start(settings, env, EmbeddingSetting.choice(env).loadInBackground());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "rehearse-shutdown"));
        String url = app.url();
        System.out.println("Rehearse is running at " + url + "  (Ctrl+C to stop)");
        if (settings.requiresToken()) {
            System.out.println("Access token required: open " + url + "?token=<your REHEARSE_ACCESS_TOKEN> once in the browser.");
        }
        return 0;
    }
}
