package dev.rehearse.knowledge;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The company the candidate is interviewing with, as the research names it in its front matter
 * ({@code company: Acme}). Declaring it in the files, not in code, is what lets one build coach for any
 * company: point Rehearse at another knowledge folder and every heading, button and tie names that company.
 *
 * @param name       the company's name as the candidate writes it
 * @param declaredIn the file whose front matter declared it (the first in path order when several agree)
 */
public record Company(String name, String declaredIn) {

    /** The front-matter key that names the company in a Markdown research file. */
    public static final String FRONT_MATTER_KEY = "company";

    public Company {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a company needs a name");
        }
        name = name.strip();
    }

    /**
     * The company the Markdown files' front matter declares. When files disagree (a folder being edited),
     * the name most files declare wins, then the first in path order, so the answer never depends on
     * the order the watcher saw the changes in.
     */
    static Optional<Company> declaredIn(Collection<ParsedFile> files) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, String> firstFile = new LinkedHashMap<>();
        // only a file that opens with front matter can declare it: no need to split every file into lines
        files.stream().filter(f -> f.file().isMarkdown() && f.file().text().startsWith("---"))
                .sorted(Comparator.comparing(ParsedFile::source))
                .forEach(f -> {
                    String name = unquote(MarkdownSplitter.frontMatter(f.file().text()).getOrDefault(FRONT_MATTER_KEY, ""));
                    if (!name.isBlank()) {
                        votes.merge(name, 1, Integer::sum);
                        firstFile.putIfAbsent(name, f.source());
                    }
                });
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> firstFile.get(e.getKey()), Comparator.reverseOrder()))
                .map(e -> new Company(e.getKey(), firstFile.get(e.getKey())));
    }

    /** YAML lets a value be quoted: {@code company: "Acme & Co"} names Acme &amp; Co. */
    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }
}
