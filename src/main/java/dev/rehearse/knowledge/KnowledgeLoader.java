package dev.rehearse.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the knowledge files under a folder: UTF-8 {@code .md} and {@code .txt} at any depth. Hidden
 * files and folders, binary files, files that are not UTF-8 and very large files are skipped with a
 * log line, never silently.
 */
public final class KnowledgeLoader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);
    /** Larger files are almost certainly not notes; reading them would stall start-up. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

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
        return file.isMarkdown() ? markdownSplitter.parse(file) : notesParser.parse(file);
    }

    /** Reads the knowledge files under {@code root}, skipping what cannot be knowledge. */
    public List<SourceFile> read(Path root) {
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
        List<Path> candidates;
        try (Stream<Path> walk = Files.walk(base)) {
            candidates = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> relative(base, p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list knowledge folder " + root, e);
        }
        List<SourceFile> files = new ArrayList<>();
        for (Path path : candidates) {
            String rel = relative(base, path);
            read(base, path, rel).ifPresent(files::add);
        }
        return files;
    }

    /** Reads one file if it is knowledge; logs why not otherwise. */
    public java.util.Optional<SourceFile> read(Path root, Path path, String rel) {
        if (isHidden(rel)) {
            log.info("Skipping hidden file {}", rel);
            return java.util.Optional.empty();
        }
        if (!isKnowledgeFile(rel)) {
            log.info("Skipping {}: only .md and .txt files are read", rel);
            return java.util.Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                log.warn("Skipping {}: {} bytes is over the {} byte limit for a knowledge file", rel, size, MAX_FILE_BYTES);
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            if (looksBinary(bytes)) {
                log.warn("Skipping {}: it looks like a binary file, not text", rel);
                return java.util.Optional.empty();
            }
            if (!isUtf8(bytes)) {
                log.warn("Skipping {}: it is not valid UTF-8 text", rel);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(SourceFile.of(rel, stripBom(bytes)));
        } catch (IOException e) {
            log.warn("Skipping {}: cannot read it ({})", rel, e.getMessage());
            return java.util.Optional.empty();
        }
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
