package dev.rehearse.llm.assistant;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.rehearse.llm.reply.LlmFollowUps;

/** Likely follow-up questions, as structured output. */
public interface FollowUpAssistant {

    @SystemMessage(fromResource = "/prompts/followups-system.txt")
    @UserMessage(fromResource = "/prompts/followups-user.txt")
    Result<LlmFollowUps> followUps(@V("rules") String rules, @V("question") String question, @V("draft") String draft,
                                   @V("facts") String facts, InvocationParameters retrieval);
}
