package dev.rehearse.coach.intent;

import dev.rehearse.coach.roles.SentenceEmbedder;

/**
 * The two readings by meaning the coach adds to its cue words: the question's type and the answer's red flags,
 * over one sentence embedding. {@code types} may be null, to go by the cue words alone.
 *
 * <p>{@code typesOverruleCues} says how far the type's meaning reaches. The served coach lets it decide only where no
 * cue word matched, which would otherwise run the conceptual rubric on a closing, weakness or mistake question
 * phrased in words no cue anticipates. Letting the meaning also overrule weak or contradicted cues sets more types
 * right on the judgement sets, but scores fewer of their pairs right, because some rubrics then score the strong answer
 * too close to the weak one (docs/coach.md, "Question types read by meaning").
 */
public record IntentReaders(QuestionTypeReader types, RedFlagReader flags, boolean typesOverruleCues) {

    /** Both readers; the type's meaning may overrule the cue words. */
    public IntentReaders(QuestionTypeReader types, RedFlagReader flags) {
        this(types, flags, true);
    }

    /** Both readers over the bundled examples, the type's meaning free to overrule the cue words. */
    public static IntentReaders bundled(SentenceEmbedder embedder) {
        return new IntentReaders(QuestionTypeReader.bundled(embedder), RedFlagReader.bundled(embedder));
    }

    /** As the server runs them: red flags by meaning, and the type by meaning where no cue word matched. */
    public static IntentReaders served(SentenceEmbedder embedder) {
        return new IntentReaders(QuestionTypeReader.bundled(embedder), RedFlagReader.bundled(embedder), false);
    }

    /** Embeds the readers' examples now, so no request waits for them. */
    public void warmUp() {
        if (types != null) {
            types.warmUp();
        }
        flags.warmUp();
    }
}
