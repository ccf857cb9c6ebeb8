package dev.rehearse.llm.reply;

import java.util.List;

/**
 * A model call that failed, as the user sees it: a note saying what failed. The caller shows the
 * offline report with it; for a free question, {@code retrieved} holds the passages that matched,
 * which is the offline answer to it.
 *
 * @param kind      what went wrong
 * @param note      one or two plain sentences, never a stack trace, never the key
 * @param retrieved the passages that were found for the request (may be empty)
 */
public record LlmFailure(FailureKind kind, String note, List<Citation> retrieved) {

    public LlmFailure {
        retrieved = retrieved == null ? List.of() : List.copyOf(retrieved);
    }

    /** The failure to report when no model is configured at all. */
    public static LlmFailure notConfigured(String fallback, List<Citation> retrieved) {
        return new LlmFailure(FailureKind.NOT_CONFIGURED,
                "No language model is configured (REHEARSE_LLM=none). " + fallback, retrieved);
    }

    public LlmFailure withRetrieved(List<Citation> passages) {
        return new LlmFailure(kind, note, passages);
    }
}
