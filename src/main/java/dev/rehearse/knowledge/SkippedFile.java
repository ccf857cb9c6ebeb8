package dev.rehearse.knowledge;

/**
 * A file of the knowledge folder that was not read, and why: each is also logged once per scan, so
 * a user wondering why a note is missing from the answers can find it.
 *
 * @param path   the file, relative to the knowledge folder
 * @param reason why it was skipped, completing "Skipping PATH: …"
 */
public record SkippedFile(String path, String reason) {
}
