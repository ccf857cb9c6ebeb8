package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the sixth judgement set: technical questions (conceptual, system design, the first months and stakeholders),
 * written blind to the coach and to the five earlier sets so that the coach's scoring of technical answers can be
 * measured on pairs nobody tuned it on. It checks the data (shape, its four types, enough of each failure mode,
 * length matching, spoken length, the no-STAR-words stories, independence from the other sets), never the coach.
 */
class SixthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-sixth", "triples.jsonl");
    private static final Path THIRD_FILE = Path.of("src", "test", "resources", "judgement-third", "triples.jsonl");
    private static final Path FOURTH_FILE = Path.of("src", "test", "resources", "judgement-fourth", "triples.jsonl");
    private static final Path FIFTH_FILE = Path.of("src", "test", "resources", "judgement-fifth", "triples.jsonl");
    private static final JudgementSetChecks SIXTH = new JudgementSetChecks(FILE);

    /** The set asks technical questions only, so it covers these four types and none of the other ten. */
    private static final Set<String> TYPES = Set.of("conceptual", "system-design", "first-months", "stakeholder");

    /** The two types the set is about; together they make up most of it. */
    private static final Set<String> TECHNICAL_TYPES = Set.of("conceptual", "system-design");

    /** The ways technical answers go wrong most often, so the set holds at least four of each. */
    private static final Set<String> COMMON_MODES = Set.of("buzzwords", "tool-list", "generic", "hedging", "off-topic");

    @Test
    void should_hold_at_least_40_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        SIXTH.holdsExactlyItsFields();
        SIXTH.holdsDistinctCompletePairs(40, "s\\d{3}");
    }

    @Test
    void should_hold_only_its_four_types_and_known_failure_modes_when_grouped() {
        // given / when / then
        SIXTH.holdsOnlyItsTypes(TYPES, TECHNICAL_TYPES, 28, COMMON_MODES);
    }

    @Test
    void should_hold_six_pairs_of_each_type_and_enough_of_each_failure_mode_when_counted() {
        // given / when / then
        SIXTH.holdsAtLeastPerTypeAndMode(6, mode -> COMMON_MODES.contains(mode) ? 4L : 2L);
    }

    @Test
    void should_length_match_at_least_32_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        SIXTH.lengthMatchesExceptRamblesAndFragments(32);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        SIXTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        SIXTH.tellsNoStarWordStoriesWithoutTheLabels(2);
    }

    @Test
    void should_share_no_question_or_answer_with_the_five_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT), TripleFile.read(THIRD_FILE), TripleFile.read(FOURTH_FILE), TripleFile.read(FIFTH_FILE))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the earlier sets").hasSizeGreaterThan(300);
        SIXTH.sharesNoQuestionOrAnswerWith(earlier);
    }
}
