package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/** How the answer ties to the company's outcomes, with sentences the candidate could use. */
public record LlmCompanyTie(
        @JsonProperty(required = true) @Description("two or three sentences on how the answer relates to the company") String summary,
        @JsonProperty(required = true) @Description("two or three bridging sentences") List<TieBridge> bridges) {

    public LlmCompanyTie {
        bridges = bridges == null ? List.of() : List.copyOf(bridges);
    }
}
