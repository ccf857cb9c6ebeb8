package dev.rehearse.llm.request;

import java.util.List;

/**
 * What the offline analysis found, handed to the model as facts so it spends its effort on judgement.
 *
 * @param questionType the question type the analysis chose (behavioural, motivation, …)
 * @param facts        short findings, one a line: STAR gaps, length, hedges, facts from the notes the draft leaves out
 */
public record OfflineFacts(String questionType, List<String> facts) {

    public OfflineFacts {
        questionType = questionType == null || questionType.isBlank() ? "unknown" : questionType.strip();
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public static OfflineFacts none() {
        return new OfflineFacts("unknown", List.of());
    }
}
