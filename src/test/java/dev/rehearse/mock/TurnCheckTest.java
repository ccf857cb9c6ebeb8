package dev.rehearse.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TurnCheckTest {

    private final TurnCheck check = new TurnCheck();

    @Test
    void should_cut_feedback_and_keep_the_question_when_the_model_praises_the_answer() {
        // given
        String reply = "Interviewer: Great answer, you should quantify more. How did you measure the latency drop?";

        // when / then
        assertThat(check.question(reply)).contains("How did you measure the latency drop?");
    }

    @Test
    void should_refuse_a_turn_with_no_question_when_the_model_only_critiques() {
        // given
        String reply = "Your answer lacked a result. Next time use the STAR method.";

        // when / then
        assertThat(check.question(reply)).isEmpty();
        assertThat(check.question(null)).isEmpty();
    }
}
