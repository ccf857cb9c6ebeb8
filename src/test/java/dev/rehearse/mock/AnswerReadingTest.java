package dev.rehearse.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerReadingTest {

    @Test
    void should_read_i_dont_know_when_the_answer_says_so_briefly() {
        // given / when / then: a refusal or a one-liner is read before the critique is needed
        assertThat(AnswerReading.of("Honestly, I don't know.", null)).isEqualTo(AnswerReading.DONT_KNOW);
        assertThat(AnswerReading.of("Not sure, I haven't measured it", null)).isEqualTo(AnswerReading.DONT_KNOW);
    }

    @Test
    void should_read_a_one_liner_when_the_answer_is_a_few_words() {
        // given / when / then
        assertThat(AnswerReading.of("I built the pipeline in Spark.", null)).isEqualTo(AnswerReading.ONE_LINER);
    }

    @Test
    void should_quote_the_first_words_when_the_answer_is_long() {
        // given
        String answer = "I rebuilt the ingestion pipeline at PayPal on Kafka and Spark over six months.";

        // when / then
        assertThat(OfflineInterviewer.quote(answer)).isEqualTo("\"I rebuilt the ingestion pipeline at PayPal on Kafka and…\"");
        assertThat(OfflineInterviewer.quote("I built it.")).isEqualTo("\"I built it\"");
    }
}
