package dev.rehearse.cli;

import dev.rehearse.config.Env;
import dev.rehearse.config.ServerSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The knowledge and data folders, shared by every command; flags win over the environment and .env. */
public final class FolderOptions {

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Folder of notes and research (env REHEARSE_KNOWLEDGE, default ./knowledge).")
    Path knowledge;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for derived data: index, database (env REHEARSE_DATA_DIR, default ./.rehearse).")
    Path dataDir;

    ServerSettings resolve(Env env, String host, Integer port) {
        return ServerSettings.resolve(env, host, port, knowledge, dataDir);
    }

    ServerSettings resolve(Env env) {
        return resolve(env, null, null);
    }

    static Path indexDir(ServerSettings settings) {
        return settings.dataDir().resolve("index");
    }
}
