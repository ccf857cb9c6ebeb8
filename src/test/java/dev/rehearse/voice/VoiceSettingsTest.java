package dev.rehearse.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoiceSettingsTest {

    @Test
    void should_be_off_when_nothing_is_set() {
        // when
        VoiceSettings s = VoiceSettings.from(Env.of(Map.of()));

        // then
        assertThat(s.enabled()).isFalse();
        assertThat(s.keepAudio()).isFalse();
    }

    @Test
    void should_use_the_openai_server_and_key_when_the_stt_ones_are_unset() {
        // given
        Env env = Env.of(Map.of("REHEARSE_STT", "openai", "OPENAI_API_KEY", "sk-openai-key-123",
                "OPENAI_MODEL", "gpt-4.1-mini"));

        // when
        VoiceSettings s = VoiceSettings.from(env);

        // then the chat model is not a transcription model, so the default stays whisper-1
        assertThat(s.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(s.apiKey()).isEqualTo("sk-openai-key-123");
        assertThat(s.model()).isEqualTo("whisper-1");
        assertThat(s.toString()).doesNotContain("sk-openai-key-123");
    }

    @Test
    void should_prefer_the_stt_settings_when_both_are_set() {
        // given a local whisper server next to an OpenAI chat model
        Env env = Env.of(Map.of("REHEARSE_STT", "openai", "OPENAI_API_KEY", "sk-openai-key-123",
                "STT_BASE_URL", "http://localhost:8080/v1/", "STT_MODEL", "whisper-large-v3", "REHEARSE_KEEP_AUDIO", "true"));

        // when
        VoiceSettings s = VoiceSettings.from(env);

        // then
        assertThat(s.baseUrl()).isEqualTo("http://localhost:8080/v1");
        assertThat(s.model()).isEqualTo("whisper-large-v3");
        assertThat(s.keepAudio()).isTrue();
    }

    @Test
    void should_name_the_variable_when_a_value_is_bad() {
        assertThatThrownBy(() -> VoiceSettings.from(Env.of(Map.of("REHEARSE_STT", "google"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REHEARSE_STT").hasMessageContaining("google");
        assertThatThrownBy(() -> VoiceSettings.from(Env.of(Map.of("REHEARSE_STT", "openai", "STT_BASE_URL", "ftp://x"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("STT_BASE_URL");
        assertThatThrownBy(() -> VoiceSettings.from(Env.of(Map.of("REHEARSE_STT", "openai"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("STT_API_KEY");
        assertThatThrownBy(() -> VoiceSettings.from(Env.of(Map.of("REHEARSE_STT", "openai",
                "STT_BASE_URL", "http://localhost:8080/v1"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("STT_MODEL");
        assertThatThrownBy(() -> VoiceSettings.from(Env.of(Map.of("REHEARSE_KEEP_AUDIO", "maybe"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REHEARSE_KEEP_AUDIO");
        assertThatThrownBy(() -> VoiceSettings.from(Env.of(Map.of("REHEARSE_STT_TIMEOUT", "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REHEARSE_STT_TIMEOUT");
    }

    @Test
    void should_redact_the_key_in_the_forms_a_server_may_echo_it_in_when_a_transcription_fails() {
        // given
        String key = "sk-VoiceKey0123456789abcdef";
        VoiceSettings s = VoiceSettings.from(Env.of(Map.of("REHEARSE_STT", "openai", "STT_API_KEY", key)));
        String base64 = java.util.Base64.getEncoder().encodeToString(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        // when
        String note = s.redact("bad key " + key.toLowerCase(java.util.Locale.ROOT) + ", basic " + base64 + ", cut " + key.substring(0, 12));

        // then
        assertThat(note).doesNotContain(key.toLowerCase(java.util.Locale.ROOT)).doesNotContain(base64).doesNotContain(key.substring(0, 12));
    }
}
