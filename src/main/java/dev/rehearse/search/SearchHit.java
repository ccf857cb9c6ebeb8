package dev.rehearse.search;

import dev.rehearse.knowledge.Passage;
import java.util.List;

/**
 * One result of a search.
 *
 * @param passage    the passage found
 * @param score      the ranking score of the mode used (BM25 score, cosine similarity, or fused RRF score)
 * @param snippet    a short plain-text excerpt of the passage around the best matches
 * @param highlights where the query's words matched inside {@code snippet}, as [start, end) character offsets;
 *                   kept apart from the text so no consumer ever has to parse markup out of user files
 */
public record SearchHit(Passage passage, double score, String snippet, List<Highlight> highlights) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** A matched stretch of the snippet, [start, end). */
    public record Highlight(int start, int end) {
    }
}
