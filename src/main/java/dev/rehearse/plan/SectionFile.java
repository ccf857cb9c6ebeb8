package dev.rehearse.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vocabulary file of the planner from {@code src/main/resources/plan/}: {@code [section]} headers, one entry a
 * line, {@code #} comments. The themes and the standard questions live there, not in code, so they can be reworded
 * without a rebuild of the logic.
 */
final class SectionFile {

    private final Map<String, List<String>> sections;

    private SectionFile(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static SectionFile load(String fileName) {
        String path = "plan/" + fileName;
        try (InputStream in = SectionFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static SectionFile parse(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(line.substring(1, line.length() - 1).strip(), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return new SectionFile(sections);
    }

    List<String> sections() {
        return List.copyOf(sections.keySet());
    }

    List<String> lines(String section) {
        return List.copyOf(sections.getOrDefault(section, List.of()));
    }

    /** The {@code key: value} lines of a section. */
    Map<String, String> values(String section) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(section)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return out;
    }
}
