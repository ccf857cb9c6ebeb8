package dev.rehearse.llm.assistant;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/** A free question about the notes or the company, answered in prose and streamed. */
public interface AskAssistant {

    @SystemMessage(fromResource = "/prompts/ask-system.txt")
    @UserMessage(fromResource = "/prompts/ask-user.txt")
    TokenStream ask(@V("rules") String rules, @V("question") String question, InvocationParameters retrieval);
}
