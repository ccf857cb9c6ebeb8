package dev.rehearse.coach.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One part of the expected structure.
 *
 * @param part      its name ("situation", "claim", "company" …)
 * @param present   whether any sentence shows it
 * @param sentences indexes of the sentences that show it
 * @param words     how many words those sentences hold
 * @param share     those words over the answer's words, rounded to two decimals
 * @param expected  the share the rubric expects, e.g. "50-60%", or empty when the type sets none
 * @param note      how the part measures up
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PartReport(String part, boolean present, List<Integer> sentences, int words, double share,
                         String expected, String note) {

    public PartReport {
        sentences = List.copyOf(sentences);
    }
}
