package dev.rehearse.llm.transport;

import dev.langchain4j.exception.LangChain4jException;

/** No connection could be made to the model server (refused, unknown host, network down). */
public class UpstreamUnreachableException extends LangChain4jException {

    private final String target;

    public UpstreamUnreachableException(String target, Throwable cause) {
        super("cannot connect to " + target, cause);
        this.target = target;
    }

    /** scheme://host:port of the server. */
    public String target() {
        return target;
    }
}
