package dev.rehearse.coach.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishVariantTest {

    @Test
    void should_parse_american_english_when_the_code_is_written_loosely() {
        assertThat(EnglishVariant.parse("en-US")).contains(EnglishVariant.AMERICAN);
        assertThat(EnglishVariant.parse(" en_us ")).contains(EnglishVariant.AMERICAN);
        assertThat(EnglishVariant.parse("EN-gb")).contains(EnglishVariant.BRITISH);
    }

    @Test
    void should_name_no_variant_when_the_value_is_unknown() {
        assertThat(EnglishVariant.parse("fr")).isEmpty();
        assertThat(EnglishVariant.parse(null)).isEmpty();
        assertThat(EnglishVariant.choices()).isEqualTo("en-GB, en-US, either");
    }

    @Test
    void should_check_either_spelling_with_the_british_tool_when_either_is_set() {
        assertThat(EnglishVariant.parse("Either")).contains(EnglishVariant.EITHER);
        assertThat(EnglishVariant.EITHER.toolCode()).isEqualTo("en-GB");
        assertThat(EnglishVariant.AMERICAN.toolCode()).isEqualTo("en-US");
    }
}
