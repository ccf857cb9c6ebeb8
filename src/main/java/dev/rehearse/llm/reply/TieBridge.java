package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/** A sentence that links the candidate's answer to something the company cares about. */
public record TieBridge(
        @JsonProperty(required = true) @Description("a sentence the candidate could add to the answer") String sentence,
        @JsonProperty(required = true) @Description("the company fact or outcome it ties to") String tiesTo,
        @JsonProperty(required = true) @Description("numbers of the passages it rests on") List<Integer> citations) {

    public TieBridge {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
