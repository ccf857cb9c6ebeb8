package dev.rehearse.voice;

import java.time.Duration;

/** What a transcription gave: the text, or a note on why there is none. */
public sealed interface TranscriptionOutcome {

    /** The words said, as the transcriber wrote them. */
    record Transcribed(String text) implements TranscriptionOutcome {
    }

    /**
     * No text: the note says what failed and what to check, never with the key or a stack trace.
     *
     * @param kind       what failed, for the HTTP status
     * @param note       for the candidate
     * @param retryAfter how long the server asked to wait, or null
     */
    record Failed(Kind kind, String note, Duration retryAfter) implements TranscriptionOutcome {
    }

    /** The failures a candidate can act on differently. */
    enum Kind {
        /** The key is missing or refused: fix the setting. */
        AUTH,
        /** Too many requests: wait and retry. */
        RATE_LIMITED,
        /** No answer in time: retry, or raise the timeout for a slow local server. */
        TIMEOUT,
        /** The server is not there: start it, or fix the URL. */
        UNREACHABLE,
        /** The server failed or refused the request: retry, or check the model name. */
        SERVER_ERROR
    }
}
