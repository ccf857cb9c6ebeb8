package dev.rehearse.search;

import java.util.List;

/**
 * What the index remembers of a file: its content hash and the ids of the passages it gave.
 * Both must match for a file to count as unchanged, so a change in how files are parsed also
 * re-indexes them.
 */
public record IndexedFile(String source, String hash, List<String> passageIds) {

    public IndexedFile {
        passageIds = List.copyOf(passageIds);
    }
}
