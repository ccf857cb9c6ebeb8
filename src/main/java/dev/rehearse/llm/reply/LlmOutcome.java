package dev.rehearse.llm.reply;

/**
 * The result of a non-streamed model call: a reply, or a failure whose note goes next to the offline
 * report. Exactly one of the two is set.
 */
public record LlmOutcome<T>(LlmReply<T> reply, LlmFailure failure) {

    public LlmOutcome {
        if ((reply == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of reply and failure must be set");
        }
    }

    public static <T> LlmOutcome<T> of(LlmReply<T> reply) {
        return new LlmOutcome<>(reply, null);
    }

    public static <T> LlmOutcome<T> failed(LlmFailure failure) {
        return new LlmOutcome<>(null, failure);
    }

    public boolean ok() {
        return reply != null;
    }
}
