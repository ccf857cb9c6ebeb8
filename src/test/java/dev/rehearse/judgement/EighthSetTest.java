package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the eighth judgement set: 60 pairs, half technical (conceptual and system design) and half spread over the
 * twelve other question types, written blind to the coach and to the earlier sets so that the coach can be measured
 * on pairs nobody tuned it on. It checks the data (shape, size, types, failure modes and the types they belong to,
 * length matching, spoken length, the no-STAR-words stories, independence from all seven earlier sets), never the
 * coach.
 */
class EighthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-eighth", "triples.jsonl");
    private static final Path THIRD_FILE = Path.of("src", "test", "resources", "judgement-third", "triples.jsonl");
    private static final Path FOURTH_FILE = Path.of("src", "test", "resources", "judgement-fourth", "triples.jsonl");
    private static final Path FIFTH_FILE = Path.of("src", "test", "resources", "judgement-fifth", "triples.jsonl");
    private static final Path SIXTH_FILE = Path.of("src", "test", "resources", "judgement-sixth", "triples.jsonl");
    private static final Path SEVENTH_FILE = Path.of("src", "test", "resources", "judgement-seventh", "triples.jsonl");
    private static final JudgementSetChecks EIGHTH = new JudgementSetChecks(FILE);

    private static final int SIZE = 60;

    /** Half the set is technical, in exactly these numbers. */
    private static final Map<String, Long> TECHNICAL_TYPES = Map.of("conceptual", 16L, "system-design", 14L);

    /** The ways answers go wrong most often, so the set holds at least four of each. */
    private static final Set<String> COMMON_MODES = Set.of("buzzwords", "tool-list", "generic", "hedging", "off-topic");

    /** The rarer modes the set holds more than one of; every other mode appears at least once. */
    private static final Map<String, Long> LEAST_OF_RARER_MODES = Map.of(
            "rambling", 2L, "fragments", 2L, "no-star-words", 3L, "implausible-figures", 2L, "flattery", 2L,
            "we-only", 2L);

    /** Strong and matched weak answers stay within these words; rambles run over, fragments under. */
    private static final int FEWEST_WORDS = 90;
    private static final int MOST_WORDS = 180;
    private static final int RAMBLE_OVER = 250;
    private static final int FRAGMENTS_UNDER = 50;

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        EIGHTH.holdsExactlyItsFields();
        EIGHTH.holdsDistinctCompletePairs(SIZE, "e\\d{3}");
        assertThat(EIGHTH.pairs()).hasSize(SIZE);
    }

    @Test
    void should_hold_every_type_and_mode_with_half_technical_when_grouped() {
        // given
        List<JudgedTriple> pairs = EIGHTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        long technical = pairs.stream().filter(t -> TECHNICAL_TYPES.containsKey(t.type())).count();

        // then
        EIGHTH.coversEveryTypeAndMode();
        TECHNICAL_TYPES.forEach((type, n) -> assertThat(types.get(type)).as(type).isEqualTo(n));
        assertThat(technical).as("conceptual and system-design pairs").isEqualTo(SIZE / 2);
    }

    @Test
    void should_hold_two_pairs_of_each_type_and_enough_of_each_failure_mode_when_counted() {
        // given / when / then
        EIGHTH.holdsAtLeastPerTypeAndMode(2, mode -> COMMON_MODES.contains(mode) ? 4L
                : LEAST_OF_RARER_MODES.getOrDefault(mode, 1L));
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        EIGHTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_48_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        EIGHTH.lengthMatchesExceptRamblesAndFragments(48);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        EIGHTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_90_and_180_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        EIGHTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        EIGHTH.tellsNoStarWordStoriesWithoutTheLabels(3);
    }

    @Test
    void should_share_no_question_or_answer_with_the_seven_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT),
                        TripleFile.read(THIRD_FILE), TripleFile.read(FOURTH_FILE), TripleFile.read(FIFTH_FILE),
                        TripleFile.read(SIXTH_FILE), TripleFile.read(SEVENTH_FILE))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the earlier sets").hasSizeGreaterThan(400);
        EIGHTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
