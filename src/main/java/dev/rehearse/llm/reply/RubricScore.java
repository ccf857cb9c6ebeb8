package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.langchain4j.model.output.structured.Description;

/** The model's score on one rubric dimension, with its reason. */
public record RubricScore(
        @JsonProperty(required = true) @Description("1 (weak) to 5 (strong)") int score,
        @JsonProperty(required = true) @Description("one or two sentences that point at the draft") String reason) {
}
