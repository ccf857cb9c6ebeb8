package dev.rehearse.cli;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.search.EmbeddingChoice;
import dev.rehearse.search.OnnxEmbedder;

/**
 * {@code REHEARSE_EMBEDDING} ({@code minilm} or {@code bge-small}): every command that opens the index embeds with
 * the same model, so switching it rebuilds the index once rather than mixing vectors that do not compare.
 */
final class EmbeddingSetting {

    static final String NAME = "REHEARSE_EMBEDDING";

    private EmbeddingSetting() {
    }

    static EmbeddingChoice choice(Env env) {
        try {
            return EmbeddingChoice.fromSetting(env.get(NAME).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** The chosen model, loaded now: for one-off commands that embed at once. */
    static OnnxEmbedder load(Env env) {
        return new OnnxEmbedder(choice(env), null);
    }
}
