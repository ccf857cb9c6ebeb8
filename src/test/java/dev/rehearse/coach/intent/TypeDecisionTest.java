package dev.rehearse.coach.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.QuestionType;
import org.junit.jupiter.api.Test;

class TypeDecisionTest {

    private static TypeReading reading(QuestionType type, double similarity, double margin) {
        return new TypeReading(type, type.wireName(), similarity, margin);
    }

    @Test
    void should_let_the_meaning_decide_when_no_cue_matched() {
        // when / then
        assertThat(TypeDecision.overrule(null, 0, reading(QuestionType.MISTAKE, 0.4, 0.01))).contains(QuestionType.MISTAKE);
    }

    @Test
    void should_keep_the_fallback_when_the_meaning_reads_nothing_in_particular() {
        // when / then
        assertThat(TypeDecision.overrule(null, 0, reading(QuestionType.MISTAKE, 0.2, 0.1))).isEmpty();
    }

    @Test
    void should_overrule_weak_cues_only_with_a_clear_reading() {
        // when / then
        assertThat(TypeDecision.overrule(QuestionType.CONCEPTUAL, 3, reading(QuestionType.WORKING_STYLE, 0.5, 0.1)))
                .contains(QuestionType.WORKING_STYLE);
        assertThat(TypeDecision.overrule(QuestionType.CONCEPTUAL, 3, reading(QuestionType.WORKING_STYLE, 0.5, 0.01))).isEmpty();
    }

    @Test
    void should_keep_strong_cues_unless_the_question_all_but_repeats_another_types_examples() {
        // when / then
        assertThat(TypeDecision.overrule(QuestionType.BEHAVIOURAL, 6, reading(QuestionType.CONFLICT, 0.6, 0.2))).isEmpty();
        assertThat(TypeDecision.overrule(QuestionType.BEHAVIOURAL, 6, reading(QuestionType.CONFLICT, 0.8, 0.2)))
                .contains(QuestionType.CONFLICT);
    }

    @Test
    void should_agree_with_cues_that_the_meaning_confirms() {
        // when / then
        assertThat(TypeDecision.overrule(QuestionType.MISTAKE, 2, reading(QuestionType.MISTAKE, 0.9, 0.3))).isEmpty();
    }
}
