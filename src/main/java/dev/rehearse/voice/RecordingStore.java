package dev.rehearse.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recordings kept in the data folder's {@code audio/}, only when the candidate turned that on
 * ({@code REHEARSE_KEEP_AUDIO}); otherwise a recording lives only in memory for the one request. Each file is
 * named by a random id, so a name from a request can never reach outside the folder.
 */
public final class RecordingStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path folder;
    private final boolean keep;

    private RecordingStore(Path folder, boolean keep) {
        this.folder = folder;
        this.keep = keep;
    }

    /** {@code dataDir/audio}, used only if {@code settings} say to keep recordings. */
    public static RecordingStore inDataDir(Path dataDir, VoiceSettings settings) {
        return new RecordingStore(dataDir.resolve("audio"), settings.keepAudio());
    }

    public boolean keeps() {
        return keep;
    }

    /** Saves the recording and returns its id, or empty when recordings are not kept. */
    public Optional<String> save(byte[] audio, String mimeType) {
        if (!keep) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(id + "." + extension(mimeType)), audio, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the recording in " + folder, e);
        }
        return Optional.of(id);
    }

    /** Deletes the recording; false when there is none by that id (or the id is not one this store gives). */
    public boolean delete(String id) {
        if (id == null || !ID.matcher(id).matches() || !Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            Optional<Path> file = files.filter(f -> f.getFileName().toString().startsWith(id + ".")).findFirst();
            if (file.isEmpty()) {
                return false;
            }
            return Files.deleteIfExists(file.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the recording " + id, e);
        }
    }

    /** A file extension players recognise, from the type the client sent. */
    static String extension(String mimeType) {
        String type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return switch (type) {
            case "audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave" -> "wav";
            case "audio/webm", "video/webm" -> "webm";
            case "audio/ogg", "video/ogg" -> "ogg";
            case "audio/mp4", "video/mp4", "audio/m4a", "audio/x-m4a" -> "m4a";
            case "audio/mpeg", "audio/mp3" -> "mp3";
            case "audio/flac", "audio/x-flac" -> "flac";
            default -> "audio";
        };
    }
}
