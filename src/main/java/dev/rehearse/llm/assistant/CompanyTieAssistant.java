package dev.rehearse.llm.assistant;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.rehearse.llm.reply.LlmCompanyTie;

/** How a draft ties to the company, as structured output. */
public interface CompanyTieAssistant {

    @SystemMessage(fromResource = "/prompts/tie-system.txt")
    @UserMessage(fromResource = "/prompts/tie-user.txt")
    Result<LlmCompanyTie> tie(@V("rules") String rules, @V("question") String question, @V("draft") String draft,
                              @V("facts") String facts, InvocationParameters retrieval);
}
