package dev.rehearse.search;

import dev.rehearse.knowledge.Passage;
import java.util.List;

/**
 * The passages one source file now has, to replace whatever the index held for it.
 *
 * @param source   the file, relative to the knowledge folder
 * @param hash     its content hash, remembered to skip it next time when unchanged
 * @param passages its passages
 */
public record FileUpdate(String source, String hash, List<Passage> passages) {

    public FileUpdate {
        passages = List.copyOf(passages);
    }
}
