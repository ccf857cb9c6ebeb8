package dev.rehearse.knowledge;

/**
 * An interview question found in the candidate's notes, with their current answer: the practice
 * question bank.
 *
 * @param id        the id of the answer passage, so a question links to its source
 * @param question  the question as written in the notes
 * @param answer    the candidate's current answer, cleaned of notes markers
 * @param source    the notes file, relative to the knowledge folder
 * @param startLine the question's line
 * @param endLine   the answer's last line
 * @param section   the part of the notes ("Part 1", "Part 2")
 */
public record PracticeQuestion(String id, String question, String answer, String source,
                               int startLine, int endLine, String section) {
}
