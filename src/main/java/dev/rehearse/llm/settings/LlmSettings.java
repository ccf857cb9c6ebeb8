package dev.rehearse.llm.settings;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerUrl;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The language-model settings, read from the environment and {@code .env}.
 *
 * @param provider    which API to speak ({@code REHEARSE_LLM}: openai, anthropic or none; default none)
 * @param model       model name ({@code OPENAI_MODEL} / {@code ANTHROPIC_MODEL})
 * @param baseUrl     server URL ({@code OPENAI_BASE_URL} / {@code ANTHROPIC_BASE_URL})
 * @param apiKey      the key, or null for local servers that need none; never logged nor shown
 * @param temperature sampling temperature ({@code REHEARSE_LLM_TEMPERATURE}, default 0.2)
 * @param timeout     how long one exchange with the model server may take in all, streamed or plain, and the longest
 *                    silence within it ({@code REHEARSE_LLM_TIMEOUT}, seconds, default 60); each attempt gets it anew,
 *                    and the retries and attempts a call may make bound the whole call
 * @param retries     extra attempts after a 429 or 5xx answer ({@code REHEARSE_LLM_RETRIES}, default 2), for streaming and plain calls alike
 * @param maxTokens   the longest answer the model may write ({@code REHEARSE_LLM_MAX_TOKENS}, default 2048)
 */
public record LlmSettings(LlmProvider provider, String model, String baseUrl, String apiKey, double temperature,
                          Duration timeout, int retries, int maxTokens) {

    public static final String PROVIDER = "REHEARSE_LLM";
    public static final String TIMEOUT = "REHEARSE_LLM_TIMEOUT";
    public static final String RETRIES = "REHEARSE_LLM_RETRIES";
    public static final String TEMPERATURE = "REHEARSE_LLM_TEMPERATURE";
    public static final String MAX_TOKENS = "REHEARSE_LLM_MAX_TOKENS";

    public static final String OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String OPENAI_DEFAULT_MODEL = "gpt-4.1-mini";
    public static final String ANTHROPIC_DEFAULT_BASE_URL = "https://api.anthropic.com/v1";
    public static final String ANTHROPIC_DEFAULT_MODEL = "claude-haiku-4-5-20251001";

    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    static final int DEFAULT_RETRIES = 2;
    static final double DEFAULT_TEMPERATURE = 0.2;
    static final int DEFAULT_MAX_TOKENS = 2048;

    public LlmSettings {
        if (provider == null) {
            throw new ConfigException(PROVIDER + " must be one of " + LlmProvider.allWireNames());
        }
    }

    /** The offline coach only. */
    public static LlmSettings none() {
        return new LlmSettings(LlmProvider.NONE, null, null, null, DEFAULT_TEMPERATURE,
                Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), DEFAULT_RETRIES, DEFAULT_MAX_TOKENS);
    }

    /** Reads and checks the settings; a bad value is a {@link ConfigException} naming the variable. */
    public static LlmSettings from(Env env) {
        String providerName = env.get(PROVIDER, LlmProvider.NONE.wireName());
        LlmProvider provider = LlmProvider.fromWireName(providerName).orElseThrow(() -> new ConfigException(
                PROVIDER + " must be one of " + LlmProvider.allWireNames() + ", got \"" + providerName + "\""));
        int timeoutSeconds = env.getInt(TIMEOUT, DEFAULT_TIMEOUT_SECONDS);
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new ConfigException(TIMEOUT + " must be between 1 and 3600 seconds, got " + timeoutSeconds);
        }
        int retries = env.getInt(RETRIES, DEFAULT_RETRIES);
        if (retries < 0 || retries > 10) {
            throw new ConfigException(RETRIES + " must be between 0 and 10, got " + retries);
        }
        int maxTokens = env.getInt(MAX_TOKENS, DEFAULT_MAX_TOKENS);
        if (maxTokens < 256 || maxTokens > 200_000) {
            throw new ConfigException(MAX_TOKENS + " must be between 256 and 200000, got " + maxTokens);
        }
        double temperature = env.getDouble(TEMPERATURE, DEFAULT_TEMPERATURE);
        // Anthropic accepts 0..1, OpenAI 0..2
        double maxTemperature = provider == LlmProvider.ANTHROPIC ? 1.0 : 2.0;
        if (Double.isNaN(temperature) || temperature < 0 || temperature > maxTemperature) {
            throw new ConfigException(TEMPERATURE + " must be between 0 and " + maxTemperature + " for "
                    + provider.wireName() + ", got " + env.get(TEMPERATURE).orElse(""));
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        return switch (provider) {
            case NONE -> new LlmSettings(LlmProvider.NONE, null, null, null, temperature, timeout, retries, maxTokens);
            case OPENAI -> openAi(env, temperature, timeout, retries, maxTokens);
            case ANTHROPIC -> anthropic(env, temperature, timeout, retries, maxTokens);
        };
    }

    private static LlmSettings openAi(Env env, double temperature, Duration timeout, int retries, int maxTokens) {
        LlmProvider p = LlmProvider.OPENAI;
        Optional<String> givenUrl = env.get(p.baseUrlVariable());
        String baseUrl = ServerUrl.checked(p.baseUrlVariable(), givenUrl.orElse(OPENAI_DEFAULT_BASE_URL));
        Optional<String> key = env.get(p.keyVariable());
        boolean isOpenAi = URI.create(baseUrl).getHost().toLowerCase(Locale.ROOT).endsWith("openai.com");
        // a local server (Ollama, llama.cpp, LM Studio) needs no key, so a base URL makes the key optional
        if (key.isEmpty() && givenUrl.isEmpty()) {
            throw new ConfigException(p.keyVariable() + " is not set. Set it, or set " + p.baseUrlVariable()
                    + " to a local OpenAI-compatible server such as Ollama (http://localhost:11434/v1), or set "
                    + PROVIDER + "=none for the offline coach.");
        }
        // OpenAI itself always wants one: say so now rather than with a 401 at the first critique
        if (key.isEmpty() && isOpenAi) {
            throw new ConfigException(p.keyVariable() + " is not set, and " + p.baseUrlVariable() + " (" + baseUrl
                    + ") is OpenAI, which needs a key. Set " + p.keyVariable() + ", or point " + p.baseUrlVariable()
                    + " to a local OpenAI-compatible server such as Ollama (http://localhost:11434/v1), or set "
                    + PROVIDER + "=none for the offline coach.");
        }
        Optional<String> model = env.get(p.modelVariable());
        if (model.isEmpty() && !isOpenAi) {
            throw new ConfigException(p.modelVariable() + " must be set when " + p.baseUrlVariable()
                    + " points to a server other than OpenAI (for Ollama, the name of a pulled model such as llama3.1)");
        }
        return new LlmSettings(p, model.orElse(OPENAI_DEFAULT_MODEL), baseUrl, key.orElse(null), temperature, timeout,
                retries, maxTokens);
    }

    private static LlmSettings anthropic(Env env, double temperature, Duration timeout, int retries, int maxTokens) {
        LlmProvider p = LlmProvider.ANTHROPIC;
        Optional<String> givenUrl = env.get(p.baseUrlVariable());
        String baseUrl = ServerUrl.checked(p.baseUrlVariable(), givenUrl.orElse(ANTHROPIC_DEFAULT_BASE_URL));
        Optional<String> key = env.get(p.keyVariable());
        // a proxy in front of Anthropic may hold the key itself, so a base URL makes the key optional
        if (key.isEmpty() && givenUrl.isEmpty()) {
            throw new ConfigException(p.keyVariable() + " is not set. Set it (a key from console.anthropic.com), or set "
                    + PROVIDER + "=none for the offline coach.");
        }
        return new LlmSettings(p, env.get(p.modelVariable()).orElse(ANTHROPIC_DEFAULT_MODEL), baseUrl, key.orElse(null),
                temperature, timeout, retries, maxTokens);
    }

    /** The server URL as it may be shown: without credentials in its user part or query. */
    public String displayUrl() {
        return ServerUrl.display(baseUrl);
    }

    public boolean enabled() {
        return provider != LlmProvider.NONE;
    }

    public boolean keySet() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** What may be logged or sent to the page: never the key. */
    public LlmDescription describe() {
        if (!enabled()) {
            return new LlmDescription(provider.wireName(), null, null, false);
        }
        return new LlmDescription(provider.wireName(), model, displayUrl(), keySet());
    }

    /**
     * {@code text} with the key replaced wherever it occurs, in any of the forms a server may echo it in
     * (see {@link KeyRedactor}): for messages a model server sends back.
     */
    public String redact(String text) {
        if (text == null || !keySet() || apiKey.length() < KeyRedactor.MIN_RUN) {
            return text;
        }
        return new KeyRedactor(apiKey).redact(text);
    }

    /** Records print their fields; this one would print the key, so it prints the description instead. */
    @Override
    public String toString() {
        return "LlmSettings" + describe() + "[temperature=" + temperature + ", timeout=" + timeout.toSeconds()
                + "s, retries=" + retries + ", maxTokens=" + maxTokens + "]";
    }
}
