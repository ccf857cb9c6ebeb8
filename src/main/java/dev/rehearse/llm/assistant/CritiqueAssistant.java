package dev.rehearse.llm.assistant;

import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The critique, streamed: the model writes the critique as JSON and the summary is passed on as it
 * arrives. The request parameters carry the JSON schema where the provider takes one.
 */
public interface CritiqueAssistant {

    @SystemMessage(fromResource = "/prompts/critique-system.txt")
    @UserMessage(fromResource = "/prompts/critique-user.txt")
    TokenStream critique(@V("rules") String rules, @V("question") String question, @V("draft") String draft,
                         @V("facts") String facts, InvocationParameters retrieval, ChatRequestParameters parameters);
}
