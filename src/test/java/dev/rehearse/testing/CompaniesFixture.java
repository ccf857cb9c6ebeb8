package dev.rehearse.testing;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.RehearseService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A knowledge folder in the several-companies layout, built in a temp folder: the bundled candidate notes shared,
 * the bundled TheyDo research as {@code companies/theydo/}, and the invented Northwind Freight research of
 * {@code src/test/resources/companies-fixture/} as {@code companies/northwind/}. Built from the bundled files rather
 * than copied into the fixture, so the two cannot drift apart.
 */
public final class CompaniesFixture {

    public static final Path NORTHWIND = Path.of("src/test/resources/companies-fixture/companies/northwind");

    private CompaniesFixture() {
    }

    /** Writes the folder under {@code parent} and returns it. */
    public static Path build(Path parent) {
        Path root = parent.resolve("knowledge");
        copy(BundledKnowledge.FOLDER.resolve("candidate"), root.resolve("candidate"));
        copy(BundledKnowledge.FOLDER.resolve("company"), root.resolve("companies/theydo"));
        copy(NORTHWIND, root.resolve("companies/northwind"));
        return root;
    }

    /**
     * Builds the folder under {@code parent} and opens the offline coach over it: its own index and history in
     * {@code parent/data}. Worth keeping for a whole test class ({@link #perClass()}), as opening the index embeds
     * every passage of the folder.
     */
    public static Running open(Path parent) {
        Path folder = build(parent);
        Path data = parent.resolve("data");
        KnowledgeIndex index = KnowledgeIndex.open(folder, data.resolve("index"), BundledKnowledge.embedder());
        try {
            AttemptStore store = AttemptStore.inDataDir(data);
            try {
                return new Running(folder, data, index, store, RehearseApp.offline(index, store));
            } catch (RuntimeException | Error e) {
                store.close();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            // a start that fails half-way leaves no index open behind it
            index.close();
            throw e;
        }
    }

    /**
     * {@link #open(Path)} for a whole test class, in a temp folder of its own. Registered on a static field with
     * {@code @RegisterExtension}, it opens before the class's {@code @BeforeAll} methods and closes after its
     * {@code @AfterAll} ones, deleting the temp folder last.
     */
    public static PerClass perClass() {
        return new PerClass();
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The offline coach over the two-company folder, as {@link #open(Path)} leaves it: the folder, the data folder,
     * the index, the history and the service over both. Closing it closes the service's mock interviews, then the
     * history, then the index they read from.
     */
    public record Running(Path folder, Path data, KnowledgeIndex index, AttemptStore store, RehearseService service)
            implements AutoCloseable {

        /** A random port of 127.0.0.1 over this folder and data folder, for a server built with more parts (voice, plan). */
        public ServerSettings settings() {
            return new ServerSettings("127.0.0.1", 0, folder, data);
        }

        /** A new, unstarted server over the offline service: a Javalin app serves one test only. */
        public RehearseServer server() {
            return server(service);
        }

        /** A new, unstarted server over another service of this folder, such as one with a model behind it. */
        public RehearseServer server(RehearseService other) {
            return new RehearseServer(settings(), other);
        }

        @Override
        public void close() {
            try {
                service.mock().close();
            } finally {
                try {
                    store.close();
                } finally {
                    index.close();
                }
            }
        }
    }

    /** The extension {@link #perClass()} hands out. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private Path temp;
        private Running running;

        private PerClass() {
        }

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            temp = Files.createTempDirectory("rehearse-" + context.getRequiredTestClass().getSimpleName());
            try {
                running = open(temp);
            } catch (RuntimeException | Error e) {
                deleteQuietly(temp);
                throw e;
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            // also called when beforeAll failed, which has closed and deleted what it had made
            if (running != null) {
                try {
                    running.close();
                } finally {
                    deleteQuietly(temp);
                }
            }
        }

        /** The set-up {@link #open(Path)} made, from the class's first {@code @BeforeAll} to its last {@code @AfterAll}. */
        public Running get() {
            return running;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
