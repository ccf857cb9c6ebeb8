package dev.rehearse.llm.reply;

import dev.rehearse.knowledge.Passage;

/**
 * A passage the model cited as [n], resolved to the file and lines it came from so the page can
 * show it on click.
 *
 * @param n         the number the passage had in the prompt
 * @param passageId the passage's id in the knowledge base
 * @param source    the file, relative to the knowledge folder
 * @param startLine first line (1-based)
 * @param endLine   last line
 * @param kind      the passage kind's wire name (answer, interviewer-said, question-to-ask, research)
 * @param title     the question or heading the passage sits under
 */
public record Citation(int n, String passageId, String source, int startLine, int endLine, String kind, String title) {

    public static Citation of(int n, Passage p) {
        return new Citation(n, p.id(), p.source(), p.startLine(), p.endLine(), p.kind().wireName(), p.title());
    }

    /** "candidate/notes.txt:12-18". */
    public String location() {
        return dev.rehearse.knowledge.PassageRef.citation(source, startLine, endLine);
    }
}
