package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a model call gave no usable result. */
public enum FailureKind {
    /** The server sent nothing for the configured timeout. */
    TIMEOUT,
    /** The key was rejected (401, 403). */
    AUTH,
    /** 429 after the allowed retries, or a server asking for a longer wait than we accept. */
    RATE_LIMITED,
    /** The model name is unknown to the server (404). */
    MODEL_NOT_FOUND,
    /** The server refused the request as malformed (400, 422). */
    BAD_REQUEST,
    /** 5xx after the allowed retries. */
    SERVER_ERROR,
    /** Any other HTTP status. */
    HTTP_ERROR,
    /** Connection refused, unknown host, network down. */
    UNREACHABLE,
    /** The answer was not the JSON asked for, twice. */
    MALFORMED,
    /** The answer stopped before it was complete: a broken stream or the token limit. */
    TRUNCATED,
    /** The user went away; nothing is shown. */
    CANCELLED,
    /** No model is configured ({@code REHEARSE_LLM=none}): the offline coach answers alone. */
    NOT_CONFIGURED,
    /** Anything else; the note names the error's type. */
    UNKNOWN;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
