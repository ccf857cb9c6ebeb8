package dev.rehearse.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the knowledge files under a folder: UTF-8 {@code .md} and {@code .txt} at any depth. Hidden
 * files and folders, binary files, files that are not UTF-8, very large files, symbolic links that
 * lead nowhere or to a folder, and named pipes or devices are skipped with a log line, never silently.
 */
public final class KnowledgeLoader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);
    /** Larger files are almost certainly not notes; reading them would stall start-up. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** The candidate's corrections and additions to the story bank, in the planner's format. */
    public static final String STORIES_FILE = "stories.md";

    private final NotesParser notesParser = new NotesParser();
    private final MarkdownSplitter markdownSplitter = new MarkdownSplitter();

    /** Reads and parses every knowledge file under {@code root}, in path order. */
    public KnowledgeBase load(Path root) {
        List<ParsedFile> parsed = new ArrayList<>();
        for (SourceFile f : read(root)) {
            parsed.add(parse(f));
        }
        return new KnowledgeBase(parsed);
    }

    public ParsedFile parse(SourceFile file) {
        if (isStoriesFile(file.source())) {
            // the candidate's story bank corrections are read by the planner; as research they would be quoted back
            // to the candidate as facts about the company
            return new ParsedFile(file, List.of(), List.of());
        }
        return file.isMarkdown() ? markdownSplitter.parse(file) : notesParser.parse(file);
    }

    /** {@code stories.md} at the top of the knowledge folder or in any folder of it: kept, but never split into passages. */
    public static boolean isStoriesFile(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return lower.equals(STORIES_FILE) || lower.endsWith("/" + STORIES_FILE);
    }

    /** Reads the knowledge files under {@code root}, skipping what cannot be knowledge. */
    public List<SourceFile> read(Path root) {
        return scan(root).files();
    }

    /** Reads the knowledge files under {@code root}, and names each entry skipped with the reason. */
    public KnowledgeScan scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new KnowledgeFolderException("knowledge folder not found: " + root.toAbsolutePath().normalize());
        }
        // walking a symbolic link to a folder would list nothing: walk the folder it points to
        Path base;
        try {
            base = root.toRealPath();
        } catch (IOException e) {
            throw new KnowledgeFolderException("cannot open the knowledge folder " + root.toAbsolutePath().normalize()
                    + ": " + e.getMessage());
        }
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(base)) {
            // links are not followed, so a link to a folder above cannot loop the walk; it is skipped below
            entries = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> relative(base, p))).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot list knowledge folder " + root,
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
        }
        List<SourceFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (Path path : entries) {
            String rel = relative(base, path);
            // a hidden entry gets the hidden-file line whatever it is; nothing is opened to say so
            Optional<String> why = Files.isRegularFile(path) || isHidden(rel) ? Optional.empty()
                    : SpecialFiles.whyUnreadable(base, path);
            if (why.isPresent()) {
                skipped.add(skip(rel, why.get()));
                continue;
            }
            read(base, path, rel, skipped).ifPresent(files::add);
        }
        return new KnowledgeScan(files, skipped);
    }

    /** Reads one file if it is knowledge; logs why not otherwise. */
    public Optional<SourceFile> read(Path root, Path path, String rel) {
        return read(root, path, rel, new ArrayList<>());
    }

    private Optional<SourceFile> read(Path root, Path path, String rel, List<SkippedFile> skipped) {
        if (isHidden(rel)) {
            log.info("Skipping hidden file {}", rel);
            skipped.add(new SkippedFile(rel, "it is hidden"));
            return Optional.empty();
        }
        if (!isKnowledgeFile(rel)) {
            log.info("Skipping {}: only .md and .txt files are read", rel);
            skipped.add(new SkippedFile(rel, "only .md and .txt files are read"));
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                skipped.add(skip(rel, size + " bytes is over the " + MAX_FILE_BYTES + " byte limit for a knowledge file"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            if (looksBinary(bytes)) {
                skipped.add(skip(rel, "it looks like a binary file, not text"));
                return Optional.empty();
            }
            if (!isUtf8(bytes)) {
                skipped.add(skip(rel, "it is not valid UTF-8 text"));
                return Optional.empty();
            }
            return Optional.of(SourceFile.of(rel, stripBom(bytes)));
        } catch (IOException e) {
            skipped.add(skip(rel, "cannot read it (" + e.getMessage() + ")"));
            return Optional.empty();
        }
    }

    /** Logs the one WARN line for a file that looked like knowledge, or could have, and was not read. */
    private static SkippedFile skip(String rel, String reason) {
        log.warn("Skipping {}: {}", rel, reason);
        return new SkippedFile(rel, reason);
    }

    public static boolean isKnowledgeFile(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".txt");
    }

    public static boolean isHidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }
}
