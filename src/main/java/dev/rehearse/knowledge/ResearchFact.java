package dev.rehearse.knowledge;

/**
 * One statement about the company that the coach may quote: a fact line of the research (an atomic,
 * dated, sourced list item, see docs/knowledge-format.md) or, for research written as plain prose, one
 * of its sentences that is not commentary.
 *
 * @param source    the research file, relative to the knowledge folder
 * @param startLine first line the statement sits on (1-based)
 * @param endLine   last line (equal to startLine for a fact line)
 * @param statement the statement without its date and source
 * @param date      when it was true or gathered ("2026-11"), "" for a prose sentence
 * @param origin    where it comes from (a URL or a named document), "" for a prose sentence
 * @param section   the heading it sits under
 * @param stated    true for a fact line, false for a sentence lifted from prose
 */
public record ResearchFact(String source, int startLine, int endLine, String statement, String date, String origin,
                           String section, boolean stated) {

    /** The same "file:lines" form every citation uses. */
    public String citation() {
        return PassageRef.citation(source, startLine, endLine);
    }

    public int lineCount() {
        return endLine - startLine + 1;
    }
}
