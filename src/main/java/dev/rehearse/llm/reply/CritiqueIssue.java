package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.langchain4j.model.output.structured.Description;

/** One problem the model found: the words of the draft it is about, what is wrong, and a better sentence. */
public record CritiqueIssue(
        @JsonProperty(required = true) @Description("the exact words from the draft") String quote,
        @JsonProperty(required = true) @Description("what is wrong with them") String problem,
        @JsonProperty(required = true) @Description("a sentence the candidate could say instead") String fix) {
}
