package dev.rehearse.testing;

import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.practice.AttemptStore;
import java.nio.file.Path;

/**
 * The real server on a random port of 127.0.0.1: the real index of the bundled knowledge and a real practice
 * history in {@code dataDir}. Stopping and starting another on the same folder is a server restart.
 */
public final class LiveServer implements AutoCloseable {

    private final RehearseServer server;
    private final AttemptStore store;

    private LiveServer(RehearseServer server, AttemptStore store) {
        this.server = server;
        this.store = store;
    }

    public static LiveServer start(Path dataDir) {
        return start(dataDir, null);
    }

    /** With an access token every request must carry. */
    public static LiveServer start(Path dataDir, String accessToken) {
        AttemptStore store = AttemptStore.inDataDir(dataDir);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir, accessToken);
        RehearseServer server = new RehearseServer(settings, BundledKnowledge.index(), store).start();
        return new LiveServer(server, store);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.javalin().port() + path;
    }

    public AttemptStore store() {
        return store;
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
