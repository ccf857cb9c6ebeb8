package dev.rehearse.coach.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.config.ConfigException;
import dev.rehearse.config.Env;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnglishVariantTest {

    @Test
    void should_default_to_british_english() {
        assertThat(EnglishVariant.from(Env.of(Map.of()))).isEqualTo(EnglishVariant.BRITISH);
    }

    @Test
    void should_read_american_english_from_the_environment() {
        assertThat(EnglishVariant.from(Env.of(Map.of("REHEARSE_ENGLISH", "en-US")))).isEqualTo(EnglishVariant.AMERICAN);
        assertThat(EnglishVariant.from(Env.of(Map.of("REHEARSE_ENGLISH", " en_us ")))).isEqualTo(EnglishVariant.AMERICAN);
    }

    @Test
    void should_name_the_setting_and_the_choices_when_the_value_is_unknown() {
        assertThatThrownBy(() -> EnglishVariant.from(Env.of(Map.of("REHEARSE_ENGLISH", "fr"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("REHEARSE_ENGLISH must be one of en-GB, en-US, got \"fr\"");
    }
}
