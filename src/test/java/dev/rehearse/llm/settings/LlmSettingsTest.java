package dev.rehearse.llm.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    private static LlmSettings settings(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return LlmSettings.from(Env.of(env));
    }

    @Test
    void should_default_to_the_offline_coach_when_nothing_is_set() {
        LlmSettings s = settings();
        assertThat(s.enabled()).isFalse();
        assertThat(s.describe()).isEqualTo(new LlmDescription("none", null, null, false));
    }

    @Test
    void should_show_the_server_without_credentials_in_its_url() {
        // given: a proxy taking a password in the URL, another taking a key in the query
        LlmSettings inUserInfo = settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "https://me:hunter2-secret@proxy.example:8443/v1",
                "OPENAI_MODEL", "m");
        LlmSettings inQuery = settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "https://proxy.example/v1?api-key=qk-secret",
                "OPENAI_MODEL", "m");

        // then: the page and the log see the server, never the credentials; the calls still use the URL as given
        assertThat(inUserInfo.describe().baseUrl()).isEqualTo("https://proxy.example:8443/v1");
        assertThat(inUserInfo.describe().summary()).doesNotContain("hunter2");
        assertThat(inQuery.displayUrl()).isEqualTo("https://proxy.example/v1");
        assertThat(inQuery.baseUrl()).contains("qk-secret");
        assertThat(settings("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "sk-abc").displayUrl()).isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void should_redact_the_key_from_text_a_server_sends_back() {
        LlmSettings s = settings("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "sk-redact-me-0123456789");

        assertThat(s.redact("Invalid header: Bearer sk-redact-me-0123456789 (twice: sk-redact-me-0123456789)"))
                .isEqualTo("Invalid header: Bearer [API key] (twice: [API key])");
        assertThat(s.redact("nothing to hide")).isEqualTo("nothing to hide");
    }

    @Test
    void should_stay_offline_when_only_a_key_is_set() {
        // notes leave the machine only when the user picks a provider
        assertThat(settings("OPENAI_API_KEY", "sk-abc").enabled()).isFalse();
    }

    @Test
    void should_read_openai_with_defaults() {
        LlmSettings s = settings("REHEARSE_LLM", "OpenAI", "OPENAI_API_KEY", "sk-abc");
        assertThat(s.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(s.model()).isEqualTo("gpt-4.1-mini");
        assertThat(s.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.retries()).isEqualTo(2);
        assertThat(s.temperature()).isEqualTo(0.2);
        assertThat(s.maxTokens()).isEqualTo(2048);
    }

    @Test
    void should_accept_a_local_server_without_a_key() {
        LlmSettings s = settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "http://localhost:11434/v1/", "OPENAI_MODEL", "llama3.1");
        assertThat(s.keySet()).isFalse();
        assertThat(s.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(s.describe().summary()).isEqualTo("LLM: openai, model llama3.1 at http://localhost:11434/v1, no API key");
    }

    @Test
    void should_stop_at_start_up_when_openai_itself_is_named_without_a_key() {
        // given: the default URL written out, which a copied .env often does; OpenAI would answer 401 at the first use
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "https://api.openai.com/v1"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("OPENAI_API_KEY is not set, and OPENAI_BASE_URL (https://api.openai.com/v1) is OpenAI, which needs a key. "
                        + "Set OPENAI_API_KEY, or point OPENAI_BASE_URL to a local OpenAI-compatible server such as Ollama "
                        + "(http://localhost:11434/v1), or set REHEARSE_LLM=none for the offline coach.");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "https://API.OpenAI.com/v1/", "OPENAI_MODEL", "gpt-4o"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("OPENAI_API_KEY is not set, and OPENAI_BASE_URL");

        // then: with the key it starts, and keyless servers elsewhere still do
        assertThat(settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "https://api.openai.com/v1", "OPENAI_API_KEY", "sk-abc").keySet())
                .isTrue();
        assertThat(settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "http://127.0.0.1:8000/v1", "OPENAI_MODEL", "qwen2.5").keySet())
                .isFalse();
        assertThat(settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "https://llm.internal.example/v1", "OPENAI_MODEL", "m").keySet())
                .isFalse();
    }

    @Test
    void should_accept_an_anthropic_proxy_without_a_key() {
        // a proxy in front of Anthropic may add the key itself
        LlmSettings s = settings("REHEARSE_LLM", "anthropic", "ANTHROPIC_BASE_URL", "https://llm-proxy.example/anthropic/v1");
        assertThat(s.keySet()).isFalse();
        assertThat(s.baseUrl()).isEqualTo("https://llm-proxy.example/anthropic/v1");
        assertThat(s.model()).isEqualTo("claude-haiku-4-5-20251001");
    }

    @Test
    void should_read_anthropic_and_all_the_tuning_settings() {
        LlmSettings s = settings("REHEARSE_LLM", "anthropic", "ANTHROPIC_API_KEY", "sk-ant-abc", "ANTHROPIC_MODEL", "claude-sonnet-4-6",
                "REHEARSE_LLM_TIMEOUT", "30", "REHEARSE_LLM_RETRIES", "0", "REHEARSE_LLM_TEMPERATURE", "0.7", "REHEARSE_LLM_MAX_TOKENS", "4000");
        assertThat(s.baseUrl()).isEqualTo("https://api.anthropic.com/v1");
        assertThat(s.model()).isEqualTo("claude-sonnet-4-6");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.retries()).isZero();
        assertThat(s.temperature()).isEqualTo(0.7);
        assertThat(s.maxTokens()).isEqualTo(4000);
    }

    @Test
    void should_never_show_the_key() {
        LlmSettings s = settings("REHEARSE_LLM", "anthropic", "ANTHROPIC_API_KEY", "sk-ant-secret-value");
        assertThat(s.describe().keySet()).isTrue();
        assertThat(s.describe().toString()).doesNotContain("secret");
        assertThat(s.describe().summary()).doesNotContain("secret");
        assertThat(s.toString()).doesNotContain("secret");
    }

    @Test
    void should_name_the_variable_of_every_bad_setting() {
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "gemini"))
                .isInstanceOf(ConfigException.class).hasMessage("REHEARSE_LLM must be one of openai, anthropic, none, got \"gemini\"");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("OPENAI_API_KEY is not set.");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "anthropic"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("ANTHROPIC_API_KEY is not set.");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "localhost:11434"))
                .isInstanceOf(ConfigException.class).hasMessage("OPENAI_BASE_URL must be an http:// or https:// URL, got \"localhost:11434\"");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai", "OPENAI_BASE_URL", "http://localhost:11434/v1"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("OPENAI_MODEL must be set when OPENAI_BASE_URL points");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "k", "REHEARSE_LLM_TIMEOUT", "soon"))
                .isInstanceOf(ConfigException.class).hasMessage("REHEARSE_LLM_TIMEOUT must be a whole number, got \"soon\"");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "k", "REHEARSE_LLM_TIMEOUT", "0"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REHEARSE_LLM_TIMEOUT must be between 1 and 3600");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "k", "REHEARSE_LLM_RETRIES", "-1"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REHEARSE_LLM_RETRIES must be between 0 and 10");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "anthropic", "ANTHROPIC_API_KEY", "k", "REHEARSE_LLM_TEMPERATURE", "1.5"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REHEARSE_LLM_TEMPERATURE must be between 0 and 1.0 for anthropic");
        assertThatThrownBy(() -> settings("REHEARSE_LLM", "openai", "OPENAI_API_KEY", "k", "REHEARSE_LLM_MAX_TOKENS", "10"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("REHEARSE_LLM_MAX_TOKENS must be between 256");
    }
}
