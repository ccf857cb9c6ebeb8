package dev.rehearse.plan;

/**
 * One sentence of a story with its STAR part and where it is written.
 *
 * @param part      situation, task, action, result or reflection
 * @param text      the sentence
 * @param source    the file it is in, relative to the knowledge folder
 * @param startLine its first line (1-based)
 * @param endLine   its last line
 * @param passageId the passage of the knowledge folder that holds it, for the page to open on click; null when no
 *                  passage does (a story written out in {@code stories.md}, which is not split into passages)
 */
public record StoryLine(String part, String text, String source, int startLine, int endLine, String passageId) {
}
