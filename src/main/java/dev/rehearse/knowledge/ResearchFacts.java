package dev.rehearse.knowledge;

import dev.rehearse.text.Sentences;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotable statements of the research files. A file that uses the fact-line format gives exactly
 * its fact lines; its prose is commentary and never quoted. A file of plain Markdown gives the
 * sentences of its prose, except meta-text ({@link MetaText}), questions, lead-ins ending in a colon,
 * sentences under coaching headings and sentences spread over more than three lines, so every
 * statement cites the exact line(s) it sits on.
 */
public final class ResearchFacts {

    static final int MAX_LINES = 3;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 45;
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~)\\s*(\\S*).*");
    /** Headings of sections written for the candidate, not about the company. */
    private static final Pattern COACHING = Pattern.compile(
            "(?i)\\b(?:for the interview|why it matters|inference|questions to ask|open questions|how to use|tying)\\b");

    private ResearchFacts() {
    }

    /** The statements of every research file in the knowledge base, in file and line order. */
    public static List<ResearchFact> of(KnowledgeBase knowledge) {
        List<ResearchFact> out = new ArrayList<>();
        for (ParsedFile f : knowledge.files()) {
            boolean research = f.file().isMarkdown() && f.passages().stream().anyMatch(p -> p.kind() == PassageKind.RESEARCH);
            if (research) {
                out.addAll(of(f.file()));
            }
        }
        return out;
    }

    public static List<ResearchFact> of(SourceFile file) {
        String[] lines = file.text().split("\\R", -1);
        List<ResearchFact> facts = factLines(file.source(), lines);
        return facts.isEmpty() ? proseSentences(file.source(), lines) : facts;
    }

    private static List<ResearchFact> factLines(String source, String[] lines) {
        List<ResearchFact> out = new ArrayList<>();
        String section = "";
        boolean inFence = false;
        boolean factsBlock = false;
        for (int i = firstBodyLine(lines); i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i].strip());
            if (fence.matches()) {
                factsBlock = !inFence && fence.group(2).equalsIgnoreCase("facts");
                inFence = !inFence;
                continue;
            }
            Matcher h = inFence ? null : HEADING.matcher(lines[i]);
            if (h != null && h.matches()) {
                section = h.group(2).strip();
                continue;
            }
            if (inFence && !factsBlock) {
                continue;
            }
            int line = i + 1;
            String s = section;
            FactLine.parse(lines[i], factsBlock).ifPresent(p ->
                    out.add(new ResearchFact(source, line, line, p.statement(), p.date(), p.origin(), s, true)));
        }
        return out;
    }

    private static List<ResearchFact> proseSentences(String source, String[] lines) {
        List<ResearchFact> out = new ArrayList<>();
        String section = "";
        boolean inFence = false;
        int paragraphStart = -1;
        for (int i = firstBodyLine(lines); i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean fence = FENCE.matcher(line.strip()).matches();
            Matcher h = HEADING.matcher(line);
            boolean heading = !inFence && h.matches();
            boolean ends = line.isBlank() || fence || heading || inFence || i == lines.length;
            if (ends && paragraphStart >= 0) {
                if (!COACHING.matcher(section).find()) {
                    sentences(source, lines, paragraphStart, i, section, out);
                }
                paragraphStart = -1;
            }
            if (fence) {
                inFence = !inFence;
            } else if (heading) {
                section = h.group(2).strip();
            } else if (!ends && paragraphStart < 0) {
                paragraphStart = i;
            }
        }
        return out;
    }

    /** The sentences of lines [from, to) with the lines each one covers. */
    private static void sentences(String source, String[] lines, int from, int to, String section, List<ResearchFact> out) {
        String text = String.join("\n", java.util.Arrays.copyOfRange(lines, from, to));
        for (Sentences.Bounds b : Sentences.split(text, Set.of("e.g", "i.e", "etc", "vs", "cf"))) {
            String raw = text.substring(b.start(), b.end());
            String plain = raw.replace("**", "").replace("__", "").replace("`", "").replaceAll("\\s+", " ").strip();
            int first = from + 1 + newlines(text, 0, b.start());
            int last = first + newlines(raw, 0, raw.length());
            int words = Words.count(plain);
            boolean quotable = words >= MIN_WORDS && words <= MAX_WORDS && last - first + 1 <= MAX_LINES
                    && !plain.endsWith(":") && !plain.endsWith("?") && !MetaText.isMeta(plain);
            if (quotable) {
                out.add(new ResearchFact(source, first, last, plain, "", "", section, false));
            }
        }
    }

    private static int newlines(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int firstBodyLine(String[] lines) {
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
