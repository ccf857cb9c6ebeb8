package dev.rehearse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small knowledge folders for tests. */
final class KnowledgeFolder {

    static final String NOTES = """
            How do you keep pipelines reliable?

            "I separate ingestion from aggregation so a failed load can be retried alone, and I add
            monitoring on row counts and freshness so problems show before stakeholders see them."

            > the interviewer liked the monitoring part

            How did you handle a disagreement with a stakeholder?

            "A product manager wanted a dashboard in a week. I explained the data quality risk,
            proposed a smaller first version with the trusted tables, and we shipped that on time."

            Questions for the hiring manager:
            - How does the data team decide what to build next?
            """;

    static final String COMPANY = """
            ---
            sources: test fixture
            gathered: 2025-01-01
            ---
            # Acme overview

            Acme builds greenhouse irrigation controllers for commercial growers. The company was
            founded in Rotterdam and sells to vegetable farms across the Netherlands and Spain.
            Its controllers measure soil moisture every minute and open valves only when the crop
            needs water, which growers say cuts water use by about a third in dry months.

            ## Funding

            Acme raised a seed round from an agricultural technology fund and uses it to hire
            firmware engineers and to build a cloud dashboard where growers compare fields,
            export seasonal reports and set alerts for frost, drought and broken sensors.
            """;

    private final Path root;

    KnowledgeFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    KnowledgeFolder write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            // a rename, as editors save: the watcher never sees a half-written file
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    KnowledgeFolder delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A folder with notes and one research file. */
    static KnowledgeFolder sample(Path root) {
        return new KnowledgeFolder(root).write("candidate/notes.txt", NOTES).write("company/acme.md", COMPANY);
    }
}
