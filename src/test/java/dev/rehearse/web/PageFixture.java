package dev.rehearse.web;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.LiveServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a page test keeps for its whole class: a server on a random port of 127.0.0.1, over a data folder of its
 * own, and a headless Chromium. Registered on a static field with {@code @RegisterExtension}, it starts both before
 * the class's first test (and before its own {@code @BeforeAll} methods) and closes them after its last: the
 * browser first, then the server, then what the server read from. A start that fails half-way closes what it had
 * opened, so a missing browser or a bad folder leaves no server behind.
 */
final class PageFixture implements BeforeAllCallback, AfterAllCallback {

    /** The knowledge folder to serve, possibly built inside the fixture's temp folder. */
    @FunctionalInterface
    interface Knowledge {
        Path in(Path temp) throws Exception;
    }

    /** Work on the service before the server starts, such as saving an attempt the test expects to find. */
    @FunctionalInterface
    interface Setup {
        void run(KnowledgeIndex index, RehearseService service) throws Exception;
    }

    /** Starts the server over a fresh data folder; adds what it opens to the list, in closing order. */
    @FunctionalInterface
    private interface Server {
        String start(Path temp, Path dataDir, List<AutoCloseable> opened) throws Exception;
    }

    private final Server server;
    /** In closing order: the browser first. */
    private final List<AutoCloseable> opened = new ArrayList<>();
    private Browser browser;
    private String address;

    private PageFixture(Server server) {
        this.server = server;
    }

    /** The offline coach over its own index of the knowledge folder; the index and the history in the data folder. */
    static PageFixture offline(Knowledge knowledge) {
        return offline(knowledge, (index, service) -> { });
    }

    /** As {@link #offline(Knowledge)}, with {@code setup} run on the service before the server starts. */
    static PageFixture offline(Knowledge knowledge, Setup setup) {
        return new PageFixture((temp, dataDir, opened) -> {
            Path folder = knowledge.in(temp);
            KnowledgeIndex index = KnowledgeIndex.open(folder, dataDir.resolve("index"), BundledKnowledge.embedder());
            opened.add(0, index::close);
            AttemptStore store = AttemptStore.inDataDir(dataDir);
            opened.add(0, store::close);
            RehearseService service = RehearseApp.offline(index, store);
            setup.run(index, service);
            RehearseServer started = new RehearseServer(new ServerSettings("127.0.0.1", 0, folder, dataDir), service).start();
            opened.add(0, started::stop);
            return "http://127.0.0.1:" + started.javalin().port();
        });
    }

    /** The bundled knowledge with practice planning, as {@link LiveServer#startWithPlan(Path)} serves it. */
    static PageFixture withPlan() {
        return new PageFixture((temp, dataDir, opened) -> {
            LiveServer started = LiveServer.startWithPlan(dataDir);
            opened.add(0, started);
            return started.url("");
        });
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Browser.requireChromium();
        try {
            Path temp = Files.createTempDirectory("rehearse-" + context.getRequiredTestClass().getSimpleName());
            address = server.start(temp, Files.createDirectories(temp.resolve("data")), opened);
            browser = Browser.start();
            opened.add(0, browser);
        } catch (Exception | Error e) {
            closeAll(e);
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Exception failure = new Exception("closing the page fixture");
        closeAll(failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    Browser browser() {
        return browser;
    }

    /** The address of {@code path} ({@code "/"}, {@code "/api/config"}) on this server. */
    String url(String path) {
        return address + path;
    }

    private void closeAll(Throwable failure) {
        for (AutoCloseable part : opened) {
            try {
                part.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        opened.clear();
    }
}
