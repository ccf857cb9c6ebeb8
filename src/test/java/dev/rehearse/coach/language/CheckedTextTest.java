package dev.rehearse.coach.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What LanguageTool is given of a draft: everything of a real answer, bounded for a hostile one. */
class CheckedTextTest {

    @Test
    void should_give_a_real_answer_unchanged() {
        // given
        String draft = "I seperate ingestion from aggregation. It cut the nightly load from 6 hours to 40 minutes!\nWhat I learned: agree the grain first.";

        // when
        CheckedText.Part part = CheckedText.of(draft);

        // then
        assertThat(part.text()).isEqualTo(draft);
        assertThat(part.skipped()).isEmpty();
    }

    @Test
    void should_blank_a_run_of_over_600_characters_without_a_sentence_end_and_keep_every_offset() {
        // given: a sentence, 10,000 emoji, a sentence
        String emoji = "\uD83D\uDE00".repeat(10_000);
        String draft = "I led it. " + emoji + ". Then I seperate the stages.";

        // when
        CheckedText.Part part = CheckedText.of(draft);

        // then
        assertThat(part.text()).hasSameSizeAs(draft);
        assertThat(part.text()).startsWith("I led it. ").endsWith(" Then I seperate the stages.");
        assertThat(part.text().substring(10, 10 + emoji.length() + 1)).isBlank();
        assertThat(part.skipped()).isEqualTo("1 sentence of over 600 characters not checked");
    }

    @Test
    void should_check_up_to_the_sentence_that_crosses_6000_characters() {
        // given: 300 sentences of 25 characters
        String sentence = "I rebuilt the pipeline. ";
        String draft = sentence.repeat(300).strip();

        // when
        CheckedText.Part part = CheckedText.of(draft);

        // then: whole sentences up to 6,000 characters, nothing after
        int kept = part.text().stripTrailing().length();
        assertThat(kept).isLessThanOrEqualTo(CheckedText.MAX_TOTAL).isGreaterThan(CheckedText.MAX_TOTAL - sentence.length());
        assertThat(part.text().stripTrailing()).endsWith("pipeline.");
        assertThat(draft).startsWith(part.text().stripTrailing());
        assertThat(part.text()).hasSameSizeAs(draft);
        assertThat(part.skipped()).isEqualTo("checked the first 6000 characters of sentences");
    }

    @Test
    void should_say_both_when_both_limits_apply() {
        String draft = "x".repeat(700) + ". " + "I did it. ".repeat(700);

        assertThat(CheckedText.of(draft).skipped())
                .isEqualTo("1 sentence of over 600 characters not checked; checked the first 6000 characters of sentences");
    }
}
