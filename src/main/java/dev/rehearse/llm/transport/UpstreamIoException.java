package dev.rehearse.llm.transport;

import dev.langchain4j.exception.LangChain4jException;

/** The connection to the model server broke while a request or answer was under way. */
public class UpstreamIoException extends LangChain4jException {

    public UpstreamIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
