package dev.rehearse.coach.intent;

import dev.rehearse.coach.roles.SentenceEmbedder;

/**
 * The two readings by meaning the coach adds to its cue words: the question's type and the answer's red flags,
 * over one sentence embedding.
 */
public record IntentReaders(QuestionTypeReader types, RedFlagReader flags) {

    /** Both readers over the bundled examples. */
    public static IntentReaders bundled(SentenceEmbedder embedder) {
        return new IntentReaders(QuestionTypeReader.bundled(embedder), RedFlagReader.bundled(embedder));
    }

    /** Embeds both readers' examples now, so no request waits for them. */
    public void warmUp() {
        types.warmUp();
        flags.warmUp();
    }
}
