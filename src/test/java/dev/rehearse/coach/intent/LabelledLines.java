package dev.rehearse.coach.intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The test resources of this package: one labelled example a line, fields split by " | ", # for comments. */
final class LabelledLines {

    private LabelledLines() {
    }

    static List<String[]> read(String resource) {
        try (InputStream in = LabelledLines.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> Arrays.stream(l.split(" \\| ", -1)).map(String::strip).toArray(String[]::new)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
