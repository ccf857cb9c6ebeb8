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
 * Guards the ninth judgement set: 60 pairs, 24 of them technical (12 conceptual, 12 system design) and three of each
 * of the twelve other question types, written blind to the coach and to the earlier sets so that the coach can be
 * measured on pairs nobody tuned it on. It checks the data (shape, size, the chosen type and failure-mode counts, the
 * types each bound mode belongs to, length matching and which twin is longer, spoken length, the no-STAR-words
 * stories, independence from all eight earlier sets), never the coach.
 */
class NinthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-ninth", "triples.jsonl");
    /** The earlier sets kept as plain files; the first two are read through JudgementSet and TripleFile. */
    private static final List<Path> EARLIER_FILES = Stream.of(
                    "judgement-third", "judgement-fourth", "judgement-fifth", "judgement-sixth", "judgement-seventh",
                    "judgement-eighth")
            .map(folder -> Path.of("src", "test", "resources", folder, "triples.jsonl")).toList();
    private static final JudgementSetChecks NINTH = new JudgementSetChecks(FILE);

    private static final int SIZE = 60;

    /** Twelve of each technical type, and three of each of the other twelve types. */
    private static final Map<String, Long> TECHNICAL_TYPES = Map.of("conceptual", 12L, "system-design", 12L);
    private static final long EACH_OTHER_TYPE = 3L;

    /** The failure modes in exactly the numbers this set was written with. */
    private static final Map<String, Long> MODES = Map.ofEntries(
            Map.entry("generic", 8L), Map.entry("hedging", 7L), Map.entry("buzzwords", 6L),
            Map.entry("tool-list", 6L), Map.entry("off-topic", 6L), Map.entry("rambling", 3L),
            Map.entry("fragments", 3L), Map.entry("no-star-words", 3L), Map.entry("implausible-figures", 3L),
            Map.entry("we-only", 3L), Map.entry("flattery", 2L), Map.entry("dodge", 2L),
            Map.entry("fake-weakness", 2L), Map.entry("badmouthing", 2L), Map.entry("blame", 2L),
            Map.entry("no-questions", 2L));

    /** The ways answers go wrong most often, so the set holds at least four of each. */
    private static final Set<String> COMMON_MODES = Set.of("buzzwords", "tool-list", "generic", "hedging", "off-topic");

    /** The rarer modes the set holds more than one of; every other mode appears at least once. */
    private static final Map<String, Long> LEAST_OF_RARER_MODES = Map.of(
            "rambling", 2L, "fragments", 2L, "no-star-words", 2L, "implausible-figures", 2L, "flattery", 2L,
            "we-only", 2L);

    /** Strong and matched weak answers stay within these words; rambles run over, fragments under. */
    private static final int FEWEST_WORDS = 90;
    private static final int MOST_WORDS = 180;
    private static final int RAMBLE_OVER = 250;
    private static final int FRAGMENTS_UNDER = 50;

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        NINTH.holdsExactlyItsFields();
        NINTH.holdsDistinctCompletePairs(SIZE, "n\\d{3}");
        assertThat(NINTH.pairs()).hasSize(SIZE);
    }

    @Test
    void should_hold_every_type_in_its_chosen_number_when_grouped() {
        // given
        List<JudgedTriple> pairs = NINTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);

        // then
        NINTH.coversEveryTypeAndMode();
        assertThat(types).allSatisfy((type, n) -> assertThat(n).as(type)
                .isEqualTo(TECHNICAL_TYPES.getOrDefault(type, EACH_OTHER_TYPE)));
    }

    @Test
    void should_hold_every_failure_mode_in_its_chosen_number_when_counted() {
        // given
        List<JudgedTriple> pairs = NINTH.pairs();

        // when
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        assertThat(modes).isEqualTo(MODES);
        NINTH.holdsAtLeastPerTypeAndMode(EACH_OTHER_TYPE, mode -> COMMON_MODES.contains(mode) ? 4L
                : LEAST_OF_RARER_MODES.getOrDefault(mode, 1L));
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        NINTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_48_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        NINTH.lengthMatchesExceptRamblesAndFragments(48);
    }

    @Test
    void should_make_the_weak_answer_the_longer_one_in_about_half_when_length_matched() {
        // given
        List<JudgedTriple> matched = NINTH.pairs().stream().filter(JudgementSetChecks::withinTolerance).toList();

        // when
        long weakLonger = matched.stream().filter(t -> t.weakWords() > t.strongWords()).count();

        // then
        assertThat(weakLonger).as("length-matched pairs whose weak answer is the longer")
                .isBetween(Math.round(matched.size() * 0.4), Math.round(matched.size() * 0.6));
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        NINTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_90_and_180_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        NINTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        NINTH.tellsNoStarWordStoriesWithoutTheLabels(3);
    }

    @Test
    void should_share_no_question_or_answer_with_the_eight_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.concat(
                        Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT)),
                        EARLIER_FILES.stream().map(TripleFile::read))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the eight earlier sets").hasSizeGreaterThan(450);
        NINTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
