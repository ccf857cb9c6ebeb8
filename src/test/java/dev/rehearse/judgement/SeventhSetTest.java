package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the seventh judgement set: 60 technical pairs (conceptual, system design, the first months and stakeholders)
 * written without seeing the coach's rules or the six earlier sets. Unlike the sixth, it is a learning set: the team
 * may read it and tune on it. It checks the data (shape, its four types, enough of each failure mode, length
 * matching, spoken length, the no-STAR-words stories, independence from the earlier sets), never the coach.
 */
class SeventhSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-seventh", "triples.jsonl");
    private static final Path THIRD_FILE = Path.of("src", "test", "resources", "judgement-third", "triples.jsonl");
    private static final Path FOURTH_FILE = Path.of("src", "test", "resources", "judgement-fourth", "triples.jsonl");
    private static final Path FIFTH_FILE = Path.of("src", "test", "resources", "judgement-fifth", "triples.jsonl");
    private static final Path SIXTH_FILE = Path.of("src", "test", "resources", "judgement-sixth", "triples.jsonl");
    private static final JudgementSetChecks SEVENTH = new JudgementSetChecks(FILE);

    /** The set asks technical questions only, so it covers these four types and none of the other ten. */
    private static final Set<String> TYPES = Set.of("conceptual", "system-design", "first-months", "stakeholder");

    /** The two types the set is about; together they make up most of it. */
    private static final Set<String> TECHNICAL_TYPES = Set.of("conceptual", "system-design");

    /** The ways technical answers go wrong most often, so the set holds at least five of each. */
    private static final Set<String> COMMON_MODES = Set.of("buzzwords", "tool-list", "generic", "hedging", "off-topic");

    @Test
    void should_hold_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        SEVENTH.holdsExactlyItsFields();
        SEVENTH.holdsDistinctCompletePairs(60, "k\\d{3}");
        assertThat(SEVENTH.pairs()).as("pairs in the seventh set").hasSize(60);
    }

    @Test
    void should_hold_only_its_four_types_and_known_failure_modes_when_grouped() {
        // given / when / then
        SEVENTH.holdsOnlyItsTypes(TYPES, TECHNICAL_TYPES, 44, COMMON_MODES);
    }

    @Test
    void should_hold_six_pairs_of_each_type_and_enough_of_each_failure_mode_when_counted() {
        // given / when / then
        SEVENTH.holdsAtLeastPerTypeAndMode(6, mode -> COMMON_MODES.contains(mode) ? 5L : 2L);
    }

    @Test
    void should_length_match_at_least_48_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        SEVENTH.lengthMatchesExceptRamblesAndFragments(48);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        SEVENTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        SEVENTH.tellsNoStarWordStoriesWithoutTheLabels(2);
    }

    @Test
    void should_share_no_question_or_answer_with_the_six_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT),
                        TripleFile.read(THIRD_FILE), TripleFile.read(FOURTH_FILE), TripleFile.read(FIFTH_FILE),
                        TripleFile.read(SIXTH_FILE))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the earlier sets").hasSizeGreaterThan(340);
        SEVENTH.sharesNoQuestionOrAnswerWith(earlier);
    }
}
