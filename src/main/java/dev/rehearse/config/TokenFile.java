package dev.rehearse.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the access token from a file, so it need not be given on the command line, where every user of the
 * machine can read it in the process list. The file holds the token alone; surrounding blank lines and spaces are
 * ignored, as an editor or {@code echo} adds a final newline.
 */
final class TokenFile {

    /** Far more than any token; a bigger file is a wrong path (a log, a binary), not a token. */
    private static final long MAX_BYTES = 4096;

    private TokenFile() {
    }

    /**
     * The token in {@code file}. {@code source} names where the path came from ({@code --access-token-file} or the
     * variable) for the message; the message never contains the file's content.
     */
    static String read(String file, String source) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new ConfigException(source + " is not a usable path: " + e.getReason());
        }
        if (Files.isDirectory(path)) {
            throw new ConfigException(source + " names a folder, not a file: " + path);
        }
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new ConfigException(source + " names a file over " + MAX_BYTES + " bytes; it must hold the access"
                        + " token alone: " + path);
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(source + " names a file that does not exist: " + path);
        } catch (CharacterCodingException e) {
            throw new ConfigException(source + " names a file that is not text: " + path);
        } catch (IOException e) {
            throw new ConfigException(source + " names a file that cannot be read: " + path);
        }
        String token = text.strip();
        if (token.isEmpty()) {
            throw new ConfigException(source + " names an empty file; write the access token into it: " + path);
        }
        if (token.lines().count() > 1) {
            throw new ConfigException(source + " names a file of several lines; it must hold the access token alone: "
                    + path);
        }
        return token;
    }
}
