package dev.rehearse.judgement;

import java.util.Objects;

/**
 * One question answered twice: a weak answer that would fool a naive keyword scorer, and a strong one a demanding
 * interview coach would prefer. {@code failureMode} names what is wrong with the weak answer, except for
 * {@code no-star-words}, where it marks that the strong answer tells its story without STAR cue words.
 *
 * <p>{@code lengthMatched} is stored for readers of the file, but nothing should trust it: {@link #lengthMatched()}
 * recomputes it from the two texts.
 */
public record JudgedTriple(
        String id,
        String type,
        String question,
        String weak,
        String strong,
        boolean lengthMatchedFlag,
        String failureMode,
        String notes) {

    /** Two answers count as length-matched when the shorter is within 25% of the longer one's word count. */
    public static final double LENGTH_TOLERANCE = 0.25;

    public JudgedTriple {
        Objects.requireNonNull(id, "id");
    }

    public int weakWords() {
        return wordCount(weak);
    }

    public int strongWords() {
        return wordCount(strong);
    }

    public boolean lengthMatched() {
        int a = weakWords();
        int b = strongWords();
        return Math.abs(a - b) <= LENGTH_TOLERANCE * Math.max(a, b);
    }

    public static int wordCount(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
