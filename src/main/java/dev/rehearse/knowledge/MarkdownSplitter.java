package dev.rehearse.knowledge;

import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file into research passages of roughly 80–250 words along its headings, keeping
 * the heading path ("Overview > Funding") as the passage's section. Small neighbouring sections are
 * merged, long ones are cut at paragraph and then sentence boundaries. Front matter is read as
 * metadata, not indexed.
 */
public final class MarkdownSplitter {

    static final int MIN_WORDS = 80;
    static final int MAX_WORDS = 250;

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~).*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"“(\\[*_-])");

    /** A heading and the lines under it, up to the next heading. */
    private record Section(int level, List<String> path, int headingLine, List<int[]> bodyRefs, List<String> body) {
        int words() {
            return Words.count(String.join(" ", body));
        }
    }

    public ParsedFile parse(SourceFile file) {
        String[] lines = file.text().split("\\R", -1);
        int first = skipFrontMatter(lines);
        List<Section> sections = sections(lines, first);
        List<Passage> passages = new ArrayList<>();
        List<Section> buffer = new ArrayList<>();
        int bufferWords = 0;
        for (Section s : sections) {
            int w = s.words();
            boolean newTopic = !buffer.isEmpty() && s.level < buffer.get(0).level;
            if (!buffer.isEmpty() && (bufferWords >= MIN_WORDS || newTopic || bufferWords + w > MAX_WORDS)) {
                emit(file, buffer, passages);
                buffer.clear();
                bufferWords = 0;
            }
            buffer.add(s);
            bufferWords += w;
        }
        emit(file, buffer, passages);
        return new ParsedFile(file, passages, List.of());
    }

    /** Key-value pairs of the front matter (lists kept as their raw lines joined by newlines). */
    public static Map<String, String> frontMatter(String text) {
        String[] lines = text.split("\\R", -1);
        Map<String, String> meta = new LinkedHashMap<>();
        int end = skipFrontMatter(lines);
        String key = null;
        for (int i = 1; i < end - 1; i++) {
            String line = lines[i];
            Matcher m = Pattern.compile("^([A-Za-z0-9_-]+):\\s*(.*)$").matcher(line);
            if (m.matches()) {
                key = m.group(1);
                meta.put(key, m.group(2).strip());
            } else if (key != null && !line.isBlank()) {
                String prev = meta.get(key);
                meta.put(key, prev.isEmpty() ? line.strip() : prev + "\n" + line.strip());
            }
        }
        return meta;
    }

    /** Index of the first line after the front matter (0 when there is none). */
    private static int skipFrontMatter(String[] lines) {
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static List<Section> sections(String[] lines, int first) {
        List<Section> sections = new ArrayList<>();
        List<String> path = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        Section current = new Section(7, List.of(), 0, new ArrayList<>(), new ArrayList<>());
        boolean inFence = false;
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line.strip()).matches()) {
                inFence = !inFence;
            }
            Matcher h = inFence ? null : HEADING.matcher(line);
            if (h != null && h.matches()) {
                sections.add(current);
                int level = h.group(1).length();
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                    levels.remove(levels.size() - 1);
                    path.remove(path.size() - 1);
                }
                levels.add(level);
                path.add(h.group(2).strip());
                current = new Section(level, List.copyOf(path), i + 1, new ArrayList<>(), new ArrayList<>());
            } else {
                current.body.add(line);
                current.bodyRefs.add(new int[] {i + 1});
            }
        }
        sections.add(current);
        sections.removeIf(s -> s.body.stream().allMatch(String::isBlank) && s.headingLine == 0);
        return sections;
    }

    private static void emit(SourceFile file, List<Section> buffer, List<Passage> out) {
        // a heading with no text of its own (a document title) only adds its name to the path
        while (!buffer.isEmpty() && buffer.get(0).words() == 0) {
            buffer = buffer.subList(1, buffer.size());
        }
        if (buffer.isEmpty()) {
            return;
        }
        Section head = buffer.get(0);
        String sectionPath = String.join(" > ", head.path);
        String title = head.path.isEmpty() ? "" : head.path.get(head.path.size() - 1);
        // lines of the merged sections: sub-headings become plain lines so their words still count
        List<int[]> refs = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
            Section s = buffer.get(i);
            if (i > 0 && s.headingLine > 0) {
                refs.add(new int[] {s.headingLine});
                body.add(s.path.get(s.path.size() - 1) + ":");
            }
            refs.addAll(s.bodyRefs);
            body.addAll(s.body);
        }
        List<Chunk> chunks = chunks(refs, body);
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            // the first chunk's citation starts at its heading, so a reader sees where it comes from
            int start = i == 0 && head.headingLine > 0 ? Math.min(head.headingLine, c.start) : c.start;
            out.add(Passage.of(file.source(), start, c.end, PassageKind.RESEARCH, sectionPath, title, c.text));
        }
    }

    private record Chunk(int start, int end, String text) {
    }

    /** Cuts the lines into chunks of at most {@link #MAX_WORDS} words along paragraphs, then sentences. */
    private static List<Chunk> chunks(List<int[]> refs, List<String> body) {
        // paragraphs: runs of non-blank lines
        List<Chunk> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= body.size(); i++) {
            boolean blank = i == body.size() || body.get(i).isBlank();
            if (blank) {
                if (start > 0) {
                    paragraphs.add(new Chunk(start, end, text.toString()));
                }
                start = -1;
                text.setLength(0);
            } else {
                if (start < 0) {
                    start = refs.get(i)[0];
                }
                end = refs.get(i)[0];
                text.append(text.length() == 0 ? "" : "\n").append(body.get(i).stripTrailing());
            }
        }
        List<Chunk> pieces = new ArrayList<>();
        for (Chunk p : paragraphs) {
            if (Words.count(p.text) <= MAX_WORDS) {
                pieces.add(p);
            } else {
                for (String sentence : SENTENCE_END.split(p.text)) {
                    pieces.add(new Chunk(p.start, p.end, sentence));
                }
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        Chunk acc = null;
        int accWords = 0;
        for (Chunk piece : pieces) {
            int w = Words.count(piece.text);
            if (acc != null && accWords + w > MAX_WORDS) {
                chunks.add(acc);
                acc = null;
                accWords = 0;
            }
            if (acc == null) {
                acc = piece;
            } else {
                String sep = piece.start > acc.end ? "\n\n" : " ";
                acc = new Chunk(acc.start, piece.end, acc.text + sep + piece.text);
            }
            accWords += w;
        }
        if (acc != null) {
            chunks.add(acc);
        }
        return chunks;
    }
}
