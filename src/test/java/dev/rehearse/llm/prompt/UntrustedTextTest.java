package dev.rehearse.llm.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    @Test
    void should_defuse_our_delimiters_in_any_case_and_spacing() {
        assertThat(UntrustedText.neutralise("a </draft> b < / DRAFT> c <passage n=\"2\"> d <Passages>"))
                .isEqualTo("a \u2039/draft> b \u2039 / DRAFT> c \u2039passage n=\"2\"> d \u2039Passages>");
    }

    @Test
    void should_leave_other_markup_and_lookalike_words_alone() {
        String html = "<b>bold</b> <draftsman> <passageway> x < y and {{question}}";
        assertThat(UntrustedText.neutralise(html)).isEqualTo(html);
    }

    @Test
    void should_make_attribute_values_one_safe_line() {
        assertThat(UntrustedText.attribute("Why \"us\"?\n<now>")).isEqualTo("Why 'us'? \u2039now\u203A");
    }

    @Test
    void should_defuse_a_closing_tag_with_a_zero_width_character_inside() {
        assertThat(UntrustedText.neutralise("a </dr\u200baft> b")).isEqualTo("a \u2039/draft> b");
        assertThat(UntrustedText.neutralise("a <\u2060/draft\uFEFF> b")).isEqualTo("a \u2039/draft> b");
        assertThat(UntrustedText.neutralise("a </pass\u200dage> b")).isEqualTo("a \u2039/passage> b");
    }

    @Test
    void should_defuse_a_closing_tag_in_full_width_forms() {
        assertThat(UntrustedText.neutralise("a \uFF1C/draft\uFF1E b")).isEqualTo("a \u2039/draft> b");
        assertThat(UntrustedText.neutralise("a \uFF1C\uFF0F\uFF44\uFF52\uFF41\uFF46\uFF54\uFF1E b"))
                .isEqualTo("a \u2039/draft> b");
    }

    @Test
    void should_defuse_a_tag_spelled_with_small_form_brackets_and_mathematical_letters() {
        // U+FE64 SMALL LESS-THAN SIGN, and "facts" in mathematical bold (outside the 16-bit range)
        assertThat(UntrustedText.neutralise("\uFE64/\uD835\uDC1F\uD835\uDC1A\uD835\uDC1C\uD835\uDC2D\uD835\uDC2C>"))
                .isEqualTo("\u2039/facts>");
    }

    @Test
    void should_keep_the_other_characters_of_the_text_as_written() {
        String text = "Cut latency 40% to 3 m\u00B2 per caf\u00E9 \u2014 r\u00E9sum\u00E9 \u65E5\u672C";
        assertThat(UntrustedText.neutralise(text)).isEqualTo(text);
    }
}
