package dev.rehearse.search;

import dev.rehearse.knowledge.PassageKind;

/**
 * A search over the knowledge index.
 *
 * @param text         what to look for
 * @param k            how many hits to return
 * @param mode         ranking
 * @param kind         only passages of this kind, or null for all
 * @param sourcePrefix only passages whose source starts with this ("company/", "candidate/notes.txt"), or null
 */
public record SearchQuery(String text, int k, SearchMode mode, PassageKind kind, String sourcePrefix) {

    public static SearchQuery of(String text, int k) {
        return new SearchQuery(text, k, SearchMode.HYBRID, null, null);
    }

    public SearchQuery withMode(SearchMode m) {
        return new SearchQuery(text, k, m, kind, sourcePrefix);
    }

    public SearchQuery withKind(PassageKind kd) {
        return new SearchQuery(text, k, mode, kd, sourcePrefix);
    }

    public SearchQuery withSource(String prefix) {
        return new SearchQuery(text, k, mode, kind, prefix);
    }
}
