package dev.rehearse.llm.reply;

import java.util.List;

/**
 * A usable model result after Rehearse's checks.
 *
 * @param result           what the model said, with citations to passages that were not sent removed
 * @param citations        the passages cited, resolved to files and lines, in number order
 * @param droppedCitations how many citations pointed at passages that were never sent
 * @param flags            numbers, names and quotes in the suggested text that the sources do not hold
 * @param notes            anything else the user should know (a retry, a trimmed score)
 * @param retrieved        every passage that was sent to the model, numbered as in the prompt
 */
public record LlmReply<T>(T result, List<Citation> citations, int droppedCitations, List<InventionFlag> flags,
                          List<String> notes, List<Citation> retrieved) {

    public LlmReply {
        citations = List.copyOf(citations);
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
        retrieved = List.copyOf(retrieved);
    }
}
