package dev.rehearse.config;

import java.nio.file.Path;

/**
 * Where Rehearse listens and which folders it uses.
 *
 * @param host         interface to bind ({@code REHEARSE_HOST}, default 127.0.0.1)
 * @param port         port to listen on ({@code REHEARSE_PORT}, default 7070; 0 picks a free one)
 * @param knowledgeDir the folder of notes and research ({@code REHEARSE_KNOWLEDGE}, default ./knowledge)
 * @param dataDir      derived data: index, database, caches ({@code REHEARSE_DATA_DIR}, default ./.rehearse)
 */
public record ServerSettings(String host, int port, Path knowledgeDir, Path dataDir) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new ConfigException("port must be between 0 and 65535, got " + port);
        }
        if (host == null || host.isBlank()) {
            throw new ConfigException("host must not be empty");
        }
    }

    /**
     * Settings from flags (any may be null) over the environment over the defaults.
     */
    public static ServerSettings resolve(Env env, String hostFlag, Integer portFlag, Path knowledgeFlag, Path dataDirFlag) {
        String host = hostFlag != null ? hostFlag : env.get("REHEARSE_HOST", DEFAULT_HOST);
        int port = portFlag != null ? portFlag : env.getInt("REHEARSE_PORT", DEFAULT_PORT);
        Path knowledge = knowledgeFlag != null ? knowledgeFlag : Path.of(env.get("REHEARSE_KNOWLEDGE", "knowledge"));
        Path data = dataDirFlag != null ? dataDirFlag : Path.of(env.get("REHEARSE_DATA_DIR", ".rehearse"));
        return new ServerSettings(host, port, knowledge, data);
    }

    /** Whether the server only answers this machine. */
    public boolean isLoopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
