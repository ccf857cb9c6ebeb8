package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageRef;

/**
 * A passage the model cited as [n]: its number in the prompt and the one pointer to the passage. On the
 * wire the pointer's fields sit beside {@code n} ({@code n, passageId, source, startLine, endLine, kind,
 * title}), the shape the page reads.
 *
 * @param n       the number the passage had in the prompt
 * @param passage where it is: file, lines, kind and title
 */
public record Citation(int n, @JsonUnwrapped PassageRef passage) {

    public static Citation of(int n, Passage p) {
        return new Citation(n, PassageRef.of(p));
    }

    /** "candidate/notes.txt:12-18". */
    public String location() {
        return passage.citation();
    }
}
