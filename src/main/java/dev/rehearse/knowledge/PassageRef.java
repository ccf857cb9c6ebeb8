package dev.rehearse.knowledge;

/**
 * The one pointer to a passage of the knowledge folder: enough to show "notes.txt lines 69–77" and to
 * open it on click ({@code GET} the passage by id). Every report, citation and API shape that names a
 * passage uses this record, so its lines are always {@code startLine}/{@code endLine} on the wire.
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

    /** "candidate/notes.txt:69-77": the one place this form is written. */
    public String citation() {
        return citation(source, startLine, endLine);
    }

    /** The same form for a file and lines that are not (yet) a passage. */
    public static String citation(String source, int startLine, int endLine) {
        return source + ":" + (startLine == endLine ? String.valueOf(startLine) : startLine + "-" + endLine);
    }
}
