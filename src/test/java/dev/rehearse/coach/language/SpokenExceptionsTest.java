package dev.rehearse.coach.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenExceptionsTest {

    private static boolean codeAt(String text, String flagged) {
        int from = text.indexOf(flagged);
        return SpokenExceptions.isCode(text, from, from + flagged.length());
    }

    @Test
    void should_take_a_field_name_for_code_whichever_part_is_flagged() {
        // given
        String text = "Records are keyed on sourceSystem.id. Then row_count is checked.";

        // when / then
        assertThat(codeAt(text, "sourceSystem")).isTrue();
        assertThat(codeAt(text, "id")).isTrue();
        assertThat(codeAt(text, "row_count")).isTrue();
    }

    @Test
    void should_not_take_ordinary_words_or_sentence_ends_for_code() {
        // given
        String text = "The load ended. Then it seperated the files. GoPuff";

        // when / then
        assertThat(codeAt(text, "ended")).isFalse();
        assertThat(codeAt(text, "Then")).isFalse();
        assertThat(codeAt(text, "seperated")).isFalse();
    }
}
