package dev.rehearse.llm.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which language model Rehearse talks to, chosen by {@code REHEARSE_LLM}. */
public enum LlmProvider {
    /** OpenAI itself or any server speaking its chat-completions API (Ollama, vLLM, LM Studio, llama.cpp). */
    OPENAI("openai", "OpenAI-compatible", "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL"),
    /** Anthropic's messages API. */
    ANTHROPIC("anthropic", "Anthropic", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "ANTHROPIC_MODEL"),
    /** No model: the offline coach only. */
    NONE("none", "none", null, null, null);

    private final String wireName;
    private final String displayName;
    private final String keyVariable;
    private final String baseUrlVariable;
    private final String modelVariable;

    LlmProvider(String wireName, String displayName, String keyVariable, String baseUrlVariable, String modelVariable) {
        this.wireName = wireName;
        this.displayName = displayName;
        this.keyVariable = keyVariable;
        this.baseUrlVariable = baseUrlVariable;
        this.modelVariable = modelVariable;
    }

    public String wireName() {
        return wireName;
    }

    /** How the provider is named in notes shown to the user. */
    public String displayName() {
        return displayName;
    }

    /** The setting that holds this provider's key; named in messages about rejected keys. */
    public String keyVariable() {
        return keyVariable;
    }

    public String baseUrlVariable() {
        return baseUrlVariable;
    }

    public String modelVariable() {
        return modelVariable;
    }

    public static Optional<LlmProvider> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.wireName.equals(wanted)).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(LlmProvider::wireName).collect(Collectors.joining(", "));
    }
}
