package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The follow-ups, wrapped because a JSON-schema response must be an object. */
public record LlmFollowUps(@JsonProperty(required = true) List<LlmFollowUp> followUps) {

    public LlmFollowUps {
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }
}
