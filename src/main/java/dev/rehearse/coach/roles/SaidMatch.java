package dev.rehearse.coach.roles;

/**
 * How close the draft comes to one thing the interviewer said.
 *
 * @param said       the index of the reply in the list given to {@link MeaningReader#read(String, String, java.util.List, java.util.List)}
 * @param sentence   the draft sentence closest to it
 * @param similarity that sentence's cosine similarity to the reply
 */
public record SaidMatch(int said, int sentence, double similarity) {
}
