package dev.rehearse.http;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.testing.BundledKnowledge;
import java.nio.file.Path;

/**
 * The real server in a JVM of its own, for a test to kill with SIGKILL: the bundled knowledge, the practice
 * history in the data folder given as the first argument, a free port. Prints {@code READY <port>} when it
 * answers.
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        AttemptStore store = AttemptStore.inDataDir(dataDir);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir);
        RehearseServer server = new RehearseServer(settings, RehearseApp.offline(BundledKnowledge.index(), store)).start();
        System.out.println("READY " + server.javalin().port());
        System.out.flush();
    }
}
