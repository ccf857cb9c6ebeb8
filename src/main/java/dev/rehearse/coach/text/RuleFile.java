package dev.rehearse.coach.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule-data file from {@code src/main/resources/coach/}: {@code [section]} headers, one entry a
 * line, {@code #} comments. Keeping the coach's word lists here means they can be tuned without
 * touching code.
 */
public final class RuleFile {

    private final String name;
    private final Map<String, List<String>> sections;

    private RuleFile(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** Loads {@code coach/<fileName>} from the class path. */
    public static RuleFile load(String fileName) {
        String path = "coach/" + fileName;
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rule file missing from the class path: " + path);
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + path, e);
        }
    }

    static RuleFile parse(String name, String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                throw new IllegalStateException(name + ": entry before any [section]: " + line);
            }
            current.add(line);
        }
        return new RuleFile(name, sections);
    }

    public String name() {
        return name;
    }

    /** Section names in file order. */
    public List<String> sections() {
        return List.copyOf(sections.keySet());
    }

    /** The section's entries in file order; empty when the section is absent. */
    public List<String> lines(String section) {
        return List.copyOf(sections.getOrDefault(section, List.of()));
    }

    /** The section's {@code key = value} entries; a repeated key keeps every value in order. */
    public Map<String, List<String>> values(String section) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines(section)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(name + " [" + section + "]: expected key = value, got " + line);
            }
            out.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>()).add(line.substring(eq + 1).strip());
        }
        return out;
    }
}
