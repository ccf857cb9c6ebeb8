package dev.rehearse.plan;

import dev.rehearse.knowledge.KnowledgeLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate's own corrections and additions to the story bank: {@code stories.md} in the knowledge folder.
 * Rehearse only reads it. The format, one entry per {@code ##} heading:
 *
 * <pre>
 * ## Rebuilt the payments ingestion pipeline
 * lines: candidate/notes.txt:69-77
 * themes: reliability, technical-depth
 * Any further lines are the story's text, used as well as (or instead of) the lines.
 * </pre>
 *
 * {@code lines:} names a file of the knowledge folder and a line range (the file may be left out when the folder
 * has one notes file); {@code themes:} takes the theme names, comma-separated. A line that cannot be read becomes
 * a warning naming its line number, and the rest of the file is still read.
 */
public final class StoriesFile {

    /** Where the file sits in the knowledge folder. */
    public static final String NAME = KnowledgeLoader.STORIES_FILE;
    private static final Pattern HEADING = Pattern.compile("^##\\s+(.*\\S)\\s*$");
    private static final Pattern UNTITLED = Pattern.compile("^##\\s*$");
    private static final Pattern KEY = Pattern.compile("^(lines|themes)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("^(?:(.+):)?\\s*(\\d+)(?:\\s*[-–]\\s*(\\d+))?$");

    /**
     * One story as the candidate wrote it.
     *
     * @param title     the heading
     * @param line      the heading's line in stories.md
     * @param source    the file the lines are in; empty when the entry gave no file
     * @param startLine first line, 0 when no lines were given
     * @param endLine   last line
     * @param themes    theme wire names given; empty to let Rehearse read them
     * @param text      the entry's own text
     */
    public record Entry(String title, int line, String source, int startLine, int endLine, List<String> themes,
                        String text) {

        public Entry {
            themes = List.copyOf(themes);
        }

        public boolean hasLines() {
            return startLine > 0;
        }
    }

    /** What was read, and a warning for each line that could not be. */
    public record Parsed(List<Entry> entries, List<String> warnings) {

        public Parsed {
            entries = List.copyOf(entries);
            warnings = List.copyOf(warnings);
        }
    }

    private StoriesFile() {
    }

    public static Parsed parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        Builder current = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                finish(current, entries, warnings);
                current = new Builder(heading.group(1), number);
                continue;
            }
            if (UNTITLED.matcher(line).matches()) {
                finish(current, entries, warnings);
                warnings.add(warning(number, "a story heading with no title; the story under it is left out until it has one"));
                // its lines belong to no story, and one warning for the heading says so
                current = new Builder(null, number);
                continue;
            }
            if (line.isEmpty() || line.startsWith("# ") || line.equals("#")) {
                continue;
            }
            if (current == null) {
                warnings.add(warning(number, "text before the first \"## \" story heading is not part of any story"));
                continue;
            }
            Matcher key = KEY.matcher(line);
            if (current.title == null) {
                continue;
            }
            if (key.matches()) {
                Optional<String> problem = key.group(1).equalsIgnoreCase("lines") ? current.lines(key.group(2)) : current.themes(key.group(2));
                problem.ifPresent(p -> warnings.add(warning(number, p)));
            } else {
                current.text.append(current.text.length() == 0 ? "" : " ").append(line);
            }
        }
        finish(current, entries, warnings);
        return new Parsed(entries, warnings);
    }

    private static void finish(Builder b, List<Entry> entries, List<String> warnings) {
        if (b == null || b.title == null) {
            return;
        }
        if (b.start == 0 && b.text.length() == 0 && b.themes.isEmpty()) {
            warnings.add(warning(b.line, "the story \"" + b.title + "\" has no lines, text or themes"));
            return;
        }
        entries.add(new Entry(b.title, b.line, b.source, b.start, b.end, b.themes, b.text.toString()));
    }

    static String warning(int line, String problem) {
        return NAME + " line " + line + ": " + problem;
    }

    /** One entry being read. */
    private static final class Builder {
        private final String title;
        private final int line;
        private String source = "";
        private int start;
        private int end;
        private final List<String> themes = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Builder(String title, int line) {
            this.title = title;
            this.line = line;
        }

        Optional<String> lines(String value) {
            Matcher m = RANGE.matcher(value.strip());
            if (!m.matches()) {
                return Optional.of("\"lines: " + value.strip() + "\" is not a line range; write lines: FILE:FIRST-LAST, e.g. lines: candidate/notes.txt:69-77");
            }
            int from = Integer.parseInt(m.group(2));
            int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
            if (from < 1 || to < from) {
                return Optional.of("\"lines: " + value.strip() + "\" is not a line range: the first line must be 1 or more and not after the last");
            }
            source = m.group(1) == null ? "" : m.group(1).strip();
            start = from;
            end = to;
            return Optional.empty();
        }

        Optional<String> themes(String value) {
            List<String> unknown = new ArrayList<>();
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                Optional<Theme> theme = Theme.parse(name);
                if (theme.isPresent()) {
                    themes.add(theme.get().wireName());
                } else {
                    unknown.add(name.strip());
                }
            }
            return unknown.isEmpty() ? Optional.empty()
                    : Optional.of("unknown theme " + String.join(", ", unknown) + "; the themes are " + Theme.allWireNames());
        }
    }
}
