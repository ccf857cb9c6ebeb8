package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;

/**
 * One sentence of the draft and how close it comes to what the question asks.
 *
 * @param sentenceId "sentence-" and its index, as score reasons cite it
 * @param similarity cosine similarity with the question, two decimals
 */
public record SentenceMatch(String sentenceId, Span span, double similarity) {
}
