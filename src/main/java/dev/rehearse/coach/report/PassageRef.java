package dev.rehearse.coach.report;

import dev.rehearse.knowledge.Passage;

/**
 * A citation of a passage of the knowledge folder: enough to show "notes.txt lines 69–77" and to open
 * it on click ({@code GET} the passage by id).
 *
 * @param passageId the passage's id
 * @param source    its file, relative to the knowledge folder
 * @param startLine first line (1-based)
 * @param endLine   last line
 * @param kind      answer, interviewer-said, question-to-ask or research
 * @param title     the question it answers or the heading it sits under
 */
public record PassageRef(String passageId, String source, int startLine, int endLine, String kind, String title) {

    public static PassageRef of(Passage p) {
        return new PassageRef(p.id(), p.source(), p.startLine(), p.endLine(), p.kind().wireName(), p.title());
    }

    /** "candidate/notes.txt:69-77". */
    public String citation() {
        return source + ":" + (startLine == endLine ? String.valueOf(startLine) : startLine + "-" + endLine);
    }
}
