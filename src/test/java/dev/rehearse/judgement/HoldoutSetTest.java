package dev.rehearse.judgement;

import org.junit.jupiter.api.Test;

/**
 * Guards the holdout judgement set (the weak/strong pairs nobody tunes on): its size, its coverage of every question
 * type and failure mode, its share of length-matched pairs, and its independence from the tuning set. It checks the
 * data, not the coach; the coach is measured on it by JudgementBenchmark.
 */
class HoldoutSetTest {

    private static final JudgementSetChecks HOLDOUT = new JudgementSetChecks(TripleFile.HOLDOUT);

    @Test
    void should_hold_at_least_48_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        HOLDOUT.holdsDistinctCompletePairs(48, "h\\d{3}");
    }

    @Test
    void should_cover_every_question_type_and_failure_mode_when_grouped() {
        // given / when / then
        HOLDOUT.coversEveryTypeAndMode();
    }

    @Test
    void should_length_match_at_least_two_thirds_when_the_flags_are_recomputed() {
        // given / when / then: two thirds of the pairs, rounded up
        HOLDOUT.lengthMatches(size -> (2L * size + 2) / 3);
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        HOLDOUT.tellsNoStarWordStoriesWithoutTheLabels(2);
    }

    @Test
    void should_share_no_question_or_answer_with_the_tuning_set_when_compared() {
        // given / when / then
        HOLDOUT.sharesNoQuestionOrAnswerWith(JudgementSet.triples());
    }
}
