package dev.rehearse.knowledge;

import java.util.List;

/**
 * What one look at the knowledge folder found: the files read, in path order, and those skipped.
 *
 * @param files   the knowledge files, read and decoded
 * @param skipped every other entry that is not a folder, with the reason it was not read
 */
public record KnowledgeScan(List<SourceFile> files, List<SkippedFile> skipped) {

    public KnowledgeScan {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
