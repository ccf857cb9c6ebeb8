package dev.rehearse.voice;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import dev.rehearse.config.ServerUrl;
import dev.rehearse.llm.settings.KeyRedactor;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The speech-to-text settings, read from the environment and {@code .env} like the language model's. The server
 * and key fall back to the {@code OPENAI_*} ones, so one OpenAI key serves both; the model does not, since a chat
 * model cannot transcribe.
 *
 * @param provider  {@code REHEARSE_STT}: openai or none (default none)
 * @param baseUrl   {@code STT_BASE_URL}, else {@code OPENAI_BASE_URL}, else OpenAI's; without a trailing slash
 * @param apiKey    {@code STT_API_KEY}, else {@code OPENAI_API_KEY}; null for a local server that needs none.
 *                  Never logged nor shown
 * @param model     {@code STT_MODEL} (default whisper-1; a local server names its own, e.g. whisper-large-v3)
 * @param timeout   {@code REHEARSE_STT_TIMEOUT}: how long one transcription may take, in seconds (default 120)
 * @param keepAudio {@code REHEARSE_KEEP_AUDIO}: keep each recording in the data folder's {@code audio/} (default false)
 */
public record VoiceSettings(SttProvider provider, String baseUrl, String apiKey, String model, Duration timeout,
                            boolean keepAudio) {

    public static final String PROVIDER = "REHEARSE_STT";
    public static final String BASE_URL = "STT_BASE_URL";
    public static final String API_KEY = "STT_API_KEY";
    public static final String MODEL = "STT_MODEL";
    public static final String TIMEOUT = "REHEARSE_STT_TIMEOUT";
    public static final String KEEP_AUDIO = "REHEARSE_KEEP_AUDIO";
    static final String OPENAI_BASE_URL = "OPENAI_BASE_URL";
    static final String OPENAI_API_KEY = "OPENAI_API_KEY";

    public static final String OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String OPENAI_DEFAULT_MODEL = "whisper-1";
    /** A 10-minute recording takes OpenAI well under a minute; a local CPU whisper can take a few. */
    static final int DEFAULT_TIMEOUT_SECONDS = 120;

    public VoiceSettings {
        if (provider == null) {
            throw new ConfigException(PROVIDER + " must be one of " + SttProvider.allWireNames());
        }
    }

    /** Typing only. */
    public static VoiceSettings none() {
        return new VoiceSettings(SttProvider.NONE, null, null, null, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), false);
    }

    /** Reads and checks the settings; a bad value is a {@link ConfigException} naming the variable. */
    public static VoiceSettings from(Env env) {
        String name = env.get(PROVIDER, SttProvider.NONE.wireName());
        SttProvider provider = SttProvider.fromWireName(name).orElseThrow(() -> new ConfigException(
                PROVIDER + " must be one of " + SttProvider.allWireNames() + ", got \"" + name + "\""));
        int timeoutSeconds = env.getInt(TIMEOUT, DEFAULT_TIMEOUT_SECONDS);
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new ConfigException(TIMEOUT + " must be between 1 and 3600 seconds, got " + timeoutSeconds);
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        boolean keepAudio = env.getBoolean(KEEP_AUDIO, false);
        if (provider == SttProvider.NONE) {
            return new VoiceSettings(SttProvider.NONE, null, null, null, timeout, keepAudio);
        }
        String urlVariable = env.get(BASE_URL).isPresent() ? BASE_URL : OPENAI_BASE_URL;
        Optional<String> givenUrl = env.get(urlVariable);
        String baseUrl = ServerUrl.checked(urlVariable, givenUrl.orElse(OPENAI_DEFAULT_BASE_URL));
        Optional<String> key = env.get(API_KEY).or(() -> env.get(OPENAI_API_KEY));
        boolean isOpenAi = URI.create(baseUrl).getHost().toLowerCase(Locale.ROOT).endsWith("openai.com");
        // a local whisper server needs no key; OpenAI always does, so say so now rather than with a 401 later
        if (key.isEmpty() && isOpenAi) {
            throw new ConfigException(API_KEY + " (or " + OPENAI_API_KEY + ") is not set, and the transcription server is"
                    + " OpenAI (" + baseUrl + "), which needs a key. Set one, or point " + BASE_URL + " to a local"
                    + " whisper server, or set " + PROVIDER + "=none to type answers instead.");
        }
        Optional<String> model = env.get(MODEL);
        if (model.isEmpty() && !isOpenAi) {
            throw new ConfigException(MODEL + " must be set when " + urlVariable + " points to a server other than"
                    + " OpenAI (the name the whisper server gives its model)");
        }
        return new VoiceSettings(provider, baseUrl, key.orElse(null), model.orElse(OPENAI_DEFAULT_MODEL), timeout,
                keepAudio);
    }

    /** The server URL as it may be shown: without credentials in its user part or query. */
    public String displayUrl() {
        return ServerUrl.display(baseUrl);
    }

    public boolean enabled() {
        return provider != SttProvider.NONE;
    }

    public boolean keySet() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** {@code text} with the key replaced wherever it occurs, in any form a server may echo it in. */
    public String redact(String text) {
        if (text == null || !keySet() || apiKey.length() < KeyRedactor.MIN_RUN) {
            return text;
        }
        // the same forms as the model's key: a server may echo it lower-cased, encoded, split or cut short
        return new KeyRedactor(apiKey).redact(text);
    }

    /** Records print their fields; this one would print the key. */
    @Override
    public String toString() {
        return "VoiceSettings[provider=" + provider.wireName() + ", server=" + displayUrl() + ", model=" + model
                + ", keySet=" + keySet() + ", timeout=" + timeout.toSeconds() + "s, keepAudio=" + keepAudio + "]";
    }
}
