package dev.rehearse.search;

import dev.rehearse.knowledge.PassageKind;
import java.util.List;

/**
 * A search over the knowledge index.
 *
 * @param text         what to look for
 * @param k            how many hits to return
 * @param mode         ranking
 * @param kind         only passages of this kind, or null for all
 * @param sourcePrefix only passages whose source starts with this ("company/", "candidate/notes.txt"), or null
 * @param excluded     files whose passages are left out (another company's research), never null
 */
public record SearchQuery(String text, int k, SearchMode mode, PassageKind kind, String sourcePrefix, List<String> excluded) {

    public SearchQuery {
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    /** A search over every file. */
    public SearchQuery(String text, int k, SearchMode mode, PassageKind kind, String sourcePrefix) {
        this(text, k, mode, kind, sourcePrefix, List.of());
    }

    public static SearchQuery of(String text, int k) {
        return new SearchQuery(text, k, SearchMode.HYBRID, null, null);
    }

    public SearchQuery withMode(SearchMode m) {
        return new SearchQuery(text, k, m, kind, sourcePrefix, excluded);
    }

    public SearchQuery withKind(PassageKind kd) {
        return new SearchQuery(text, k, mode, kd, sourcePrefix, excluded);
    }

    public SearchQuery withSource(String prefix) {
        return new SearchQuery(text, k, mode, kind, prefix, excluded);
    }

    /** The same search without the passages of these files. */
    public SearchQuery excluding(List<String> sources) {
        return new SearchQuery(text, k, mode, kind, sourcePrefix, sources);
    }
}
