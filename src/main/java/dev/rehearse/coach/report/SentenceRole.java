package dev.rehearse.coach.report;

import dev.rehearse.coach.text.Span;
import java.util.List;

/**
 * One sentence of the draft and the parts of the answer it shows.
 *
 * @param id    "sentence-" and the index: how score reasons cite a sentence
 * @param parts the parts ("situation", "action", "claim" …); for STAR exactly one or none
 */
public record SentenceRole(String id, int index, Span span, int words, List<String> parts) {

    public SentenceRole {
        parts = List.copyOf(parts);
    }
}
