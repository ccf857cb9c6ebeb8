package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the fifth judgement set, written blind to the coach and to the four earlier sets so that a round of rule
 * changes allowed to look at the fourth set can still be measured honestly. It checks the data (shape, coverage,
 * length matching, spoken length, the no-STAR-words stories, independence from the other sets), never the coach.
 */
class FifthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-fifth", "triples.jsonl");
    private static final Path THIRD_FILE = Path.of("src", "test", "resources", "judgement-third", "triples.jsonl");
    private static final Path FOURTH_FILE = Path.of("src", "test", "resources", "judgement-fourth", "triples.jsonl");
    private static final JudgementSetChecks FIFTH = new JudgementSetChecks(FILE);
    /** The modes keyword scorers fall for most often, so the set holds more of them. */
    private static final Set<String> COMMON_MODES = Set.of("no-star-words", "generic", "tool-list", "flattery");

    @Test
    void should_hold_at_least_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        FIFTH.holdsExactlyItsFields();
        FIFTH.holdsDistinctCompletePairs(60, "v\\d{3}");
    }

    @Test
    void should_hold_four_pairs_of_every_type_and_enough_of_every_failure_mode_when_grouped() {
        // given / when / then
        FIFTH.coversEveryTypeAndMode();
        FIFTH.holdsAtLeastPerTypeAndMode(4, mode -> COMMON_MODES.contains(mode) ? 5L : 2L);
    }

    @Test
    void should_length_match_at_least_48_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        FIFTH.lengthMatchesExceptRamblesAndFragments(48);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        FIFTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        FIFTH.tellsNoStarWordStoriesWithoutTheLabels(5);
    }

    @Test
    void should_share_no_question_or_answer_with_the_four_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT), TripleFile.read(THIRD_FILE), TripleFile.read(FOURTH_FILE))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the earlier sets").hasSizeGreaterThan(200);
        FIFTH.sharesNoQuestionOrAnswerWith(earlier);
    }
}
