package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/** A question the interviewer is likely to ask next, and how to get ready for it. */
public record LlmFollowUp(
        @JsonProperty(required = true) @Description("the follow-up question, as the interviewer would say it") String question,
        @JsonProperty(required = true) @Description("what in the draft makes an interviewer ask it") String whyTheyAsk,
        @JsonProperty(required = true) @Description("what to say, drawing on the passages") String howToPrepare,
        @JsonProperty(required = true) @Description("numbers of the passages to prepare from") List<Integer> citations) {

    public LlmFollowUp {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
