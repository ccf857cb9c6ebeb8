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
}
