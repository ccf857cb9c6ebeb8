package dev.rehearse.coach.intent;

import dev.rehearse.coach.roles.SentenceEmbedder;

/**
 * The two readings by meaning the coach adds to its cue words: the question's type and the answer's red flags,
 * over one sentence embedding. {@code types} may be null: the served coach reads red flags by meaning but keeps the
 * question types of the cue words, because reading types by meaning still loses two judgement-set pairs whose type
 * it sets right but whose rubric then scores the strong answer too close to the weak one.
 */
public record IntentReaders(QuestionTypeReader types, RedFlagReader flags) {

    /** Both readers over the bundled examples. */
    public static IntentReaders bundled(SentenceEmbedder embedder) {
        return new IntentReaders(QuestionTypeReader.bundled(embedder), RedFlagReader.bundled(embedder));
    }

    /** Red flags by meaning, question types by cue words alone. */
    public static IntentReaders flagsOnly(SentenceEmbedder embedder) {
        return new IntentReaders(null, RedFlagReader.bundled(embedder));
    }

    /** Embeds the readers' examples now, so no request waits for them. */
    public void warmUp() {
        if (types != null) {
            types.warmUp();
        }
        flags.warmUp();
    }
}
