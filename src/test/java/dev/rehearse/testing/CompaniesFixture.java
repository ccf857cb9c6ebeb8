package dev.rehearse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
}
