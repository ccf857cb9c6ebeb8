package dev.rehearse.plan;

import java.util.List;

/**
 * What the planner reads in sentences with the embedding model: their vectors, and the STAR part each plays in an
 * answer. One interface so the story finder, the theme reader and the coverage map share one model and one cache.
 */
public interface SentenceMeaning {

    /** The vectors of the texts, in order. */
    List<float[]> vectors(List<String> texts);

    /**
     * The STAR parts of each sentence of an answer to {@code question}, in order: empty for a sentence that is no
     * part of a story (filler, a claim, a fact about the company), else one part, sometimes with "reflection".
     */
    List<List<String>> starParts(String question, List<String> sentences);
}
