package dev.rehearse.plan;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.ParsedFile;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PassageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the story bank: the stories the finder recognises in the notes, then each entry of {@code stories.md}
 * either replacing the story it names (same title, or lines that overlap the story's) or added as a new one. What
 * the candidate wrote wins: their title, their lines, their themes when they give any.
 */
public final class StoryBankBuilder {

    private final StoryFinder finder;

    public StoryBankBuilder(StoryFinder finder) {
        this.finder = finder;
    }

    public StoryBank build(KnowledgeBase knowledge) {
        List<Story> stories = new ArrayList<>(finder.find(knowledge));
        List<String> warnings = new ArrayList<>();
        for (ParsedFile file : knowledge.files()) {
            if (!isStoriesFile(file.source())) {
                continue;
            }
            StoriesFile.Parsed parsed = StoriesFile.parse(file.file().text());
            parsed.warnings().forEach(w -> warnings.add(prefix(file.source(), w)));
            for (StoriesFile.Entry entry : parsed.entries()) {
                Optional<String> problem = apply(entry, knowledge, stories);
                problem.ifPresent(p -> warnings.add(prefix(file.source(), StoriesFile.warning(entry.line(), p))));
            }
        }
        return new StoryBank(stories, warnings);
    }

    /** {@code stories.md} at the top of the knowledge folder or in any folder of it. */
    public static boolean isStoriesFile(String source) {
        return KnowledgeLoader.isStoriesFile(source);
    }

    private static String prefix(String source, String warning) {
        return source.equals(StoriesFile.NAME) ? warning : warning.replaceFirst("^" + StoriesFile.NAME, source);
    }

    private Optional<String> apply(StoriesFile.Entry entry, KnowledgeBase knowledge, List<Story> stories) {
        String source = entry.source();
        if (entry.hasLines() && source.isEmpty()) {
            List<String> notes = notesFiles(knowledge);
            if (notes.size() != 1) {
                return Optional.of("\"lines:\" gives no file, and the knowledge folder has " + notes.size()
                        + " notes files; write lines: FILE:FIRST-LAST");
            }
            source = notes.get(0);
        }
        List<String> sentences = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        if (entry.hasLines()) {
            Optional<ParsedFile> file = knowledge.file(source);
            if (file.isEmpty()) {
                return Optional.of("no file " + source + " in the knowledge folder");
            }
            String[] lines = file.get().file().text().split("\\R", -1);
            // a file's last newline ends its last line; it does not start another
            long count = file.get().file().text().lines().count();
            if (entry.endLine() > count) {
                return Optional.of(source + " has " + count + " lines, not " + entry.endLine());
            }
            String text = String.join("\n", List.of(lines).subList(entry.startLine() - 1, entry.endLine()))
                    .replaceAll("(?m)^\\s*(pause|>.*)\\s*$", "");
            LineLocator locator = new LineLocator(file.get().file().text(), entry.startLine(), entry.endLine());
            for (String s : AnswerReading.sentences(text.replaceAll("[\"“”]", ""))) {
                sentences.add(s);
                where.add(locator.locate(s, new int[] {entry.startLine(), entry.endLine()}));
            }
        }
        for (String s : AnswerReading.sentences(entry.text())) {
            sentences.add(s);
            where.add(new int[] {entry.line(), entry.line()});
        }
        Story written = story(entry, source, sentences, where, knowledge);
        int replaced = indexOfSame(stories, entry, source);
        if (replaced >= 0) {
            Story old = stories.get(replaced);
            stories.set(replaced, sentences.isEmpty()
                    ? new Story(written.id(), written.title(), written.origin(), old.lines(), themes(entry, old), old.numbers(), old.answers())
                    : written);
        } else if (sentences.isEmpty()) {
            return Optional.of("the story \"" + entry.title() + "\" matches no story in the notes and has no lines or text of its own");
        } else {
            stories.add(written);
        }
        return Optional.empty();
    }

    private Story story(StoriesFile.Entry entry, String source, List<String> sentences, List<int[]> where, KnowledgeBase knowledge) {
        List<StoryLine> lines = new ArrayList<>();
        List<String> parts = sentences.isEmpty() ? List.of() : finder.meaning().starParts(entry.title(), sentences).stream()
                .map(p -> p.isEmpty() ? "action" : p.get(0)).toList();
        for (int i = 0; i < sentences.size(); i++) {
            String from = where.get(i)[0] == entry.line() && !entry.hasLines() ? StoriesFile.NAME : source;
            lines.add(new StoryLine(parts.get(i), sentences.get(i), from, where.get(i)[0], where.get(i)[1],
                    passageAt(knowledge, from, where.get(i)[0], where.get(i)[1])));
        }
        List<ThemeScore> themes = entry.themes().isEmpty() && !sentences.isEmpty()
                ? finder.themes().shown(sentences, finder.meaning().vectors(sentences))
                : entry.themes().stream().map(t -> new ThemeScore(t, 1.0)).toList();
        List<PassageRef> answers = new ArrayList<>();
        if (entry.hasLines()) {
            for (Passage p : knowledge.passages()) {
                if (p.kind() == PassageKind.ANSWER && p.source().equals(source)
                        && p.startLine() <= entry.endLine() && p.endLine() >= entry.startLine()) {
                    answers.add(p.ref());
                }
            }
        }
        return new Story(StoryIds.of(entry.title()), entry.title(), StoriesFile.NAME, lines, themes, StoryNumbers.in(sentences), answers);
    }

    /** The passage of {@code source} that holds the lines, or null when none does. */
    private static String passageAt(KnowledgeBase knowledge, String source, int start, int end) {
        return knowledge.passages().stream()
                .filter(p -> p.source().equals(source) && p.startLine() <= start && p.endLine() >= end)
                .map(Passage::id).findFirst().orElse(null);
    }

    private static List<ThemeScore> themes(StoriesFile.Entry entry, Story old) {
        return entry.themes().isEmpty() ? old.themes() : entry.themes().stream().map(t -> new ThemeScore(t, 1.0)).toList();
    }

    private static int indexOfSame(List<Story> stories, StoriesFile.Entry entry, String source) {
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            if (s.title().equalsIgnoreCase(entry.title().strip())) {
                return i;
            }
            if (entry.hasLines() && s.lines().stream().anyMatch(l -> l.source().equals(source)
                    && l.startLine() <= entry.endLine() && l.endLine() >= entry.startLine())) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> notesFiles(KnowledgeBase knowledge) {
        return knowledge.files().stream().filter(f -> f.passages().stream().anyMatch(p -> p.kind() == PassageKind.ANSWER))
                .map(ParsedFile::source).toList();
    }
}
