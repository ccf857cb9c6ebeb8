package dev.rehearse.search;

import dev.rehearse.knowledge.Passage;

/**
 * One result of a search.
 *
 * @param passage the passage found
 * @param score   the ranking score of the mode used (BM25 score, cosine similarity, or fused RRF score)
 * @param snippet the passage text with the matched words marked {@code <mark>…</mark>}; plain text otherwise
 */
public record SearchHit(Passage passage, double score, String snippet) {
}
