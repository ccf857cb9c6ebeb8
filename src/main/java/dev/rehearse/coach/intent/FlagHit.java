package dev.rehearse.coach.intent;

/**
 * A sentence of the draft that reads as a red flag.
 *
 * @param sentence   the sentence's index in the draft
 * @param similarity its cosine similarity to the nearest sentence that shows the flag
 * @param nearest    that sentence, so the finding can say what the draft's sentence sounds like
 */
public record FlagHit(int sentence, double similarity, String nearest) {
}
