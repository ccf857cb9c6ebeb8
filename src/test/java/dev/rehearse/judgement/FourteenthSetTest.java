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
 * Guards the fourteenth judgement set, a blind set the team reads only through the summary lines of a benchmark run:
 * 60 pairs, 6 conceptual, 6 system design and 4 of every other question type, every failure mode at least twice,
 * about a quarter of the weak answers answering a neighbouring question or hedging. It checks the data (shape, size,
 * the chosen type and mode counts, type-bound modes on their own types, the four confident technical mistakes,
 * length matching, spoken length, the six no-STAR-words stories across several types, independence from the twelve
 * earlier sets), never the coach.
 */
class FourteenthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-fourteenth", "triples.jsonl");
    private static final List<Path> THIRD_TO_TWELFTH_FILES = Stream.of(
                    "judgement-third", "judgement-fourth", "judgement-fifth", "judgement-sixth", "judgement-seventh",
                    "judgement-eighth", "judgement-ninth", "judgement-tenth", "judgement-eleventh",
                    "judgement-twelfth")
            .map(dir -> Path.of("src", "test", "resources", dir, "triples.jsonl")).toList();
    private static final JudgementSetChecks FOURTEENTH = new JudgementSetChecks(FILE);

    private static final int SIZE = 60;

    /** Exactly these many pairs of each question type: 6 conceptual, 6 system design, 4 of every other type. */
    private static final Map<String, Long> TYPE_COUNTS = Map.ofEntries(
            Map.entry("conceptual", 6L), Map.entry("system-design", 6L), Map.entry("behavioural", 4L),
            Map.entry("closing", 4L), Map.entry("conflict", 4L), Map.entry("first-months", 4L),
            Map.entry("mistake", 4L), Map.entry("motivation", 4L), Map.entry("reason-for-leaving", 4L),
            Map.entry("self-introduction", 4L), Map.entry("stakeholder", 4L), Map.entry("strengths", 4L),
            Map.entry("weakness", 4L), Map.entry("working-style", 4L));

    /** Exactly these many pairs of each failure mode; every mode at least twice. */
    private static final Map<String, Long> MODE_COUNTS = Map.ofEntries(
            Map.entry("off-topic", 10L), Map.entry("generic", 6L), Map.entry("hedging", 6L),
            Map.entry("no-star-words", 6L), Map.entry("buzzwords", 5L), Map.entry("we-only", 3L),
            Map.entry("flattery", 3L), Map.entry("blame", 3L), Map.entry("dodge", 3L), Map.entry("badmouthing", 3L),
            Map.entry("implausible-figures", 2L), Map.entry("rambling", 2L), Map.entry("no-questions", 2L),
            Map.entry("fragments", 2L), Map.entry("tool-list", 2L), Map.entry("fake-weakness", 2L));

    private static final int TECHNICAL_MISTAKES = 4;

    /** About a quarter of the weak answers answer a neighbouring question or hedge everything. */
    private static final Set<String> NEIGHBOUR_OR_HEDGE = Set.of("off-topic", "hedging");
    private static final int FEWEST_NEIGHBOUR_OR_HEDGE = 13;
    private static final int MOST_NEIGHBOUR_OR_HEDGE = 17;

    /** Strong and matched weak answers stay within these words; rambles run over, fragments under. */
    private static final int FEWEST_WORDS = 80;
    private static final int MOST_WORDS = 190;
    private static final int RAMBLE_OVER = 250;
    private static final int FRAGMENTS_UNDER = 50;

    private static final int LEAST_LENGTH_MATCHED = 52;

    /** In about half the length-matched pairs the weak answer is the longer one, so length cannot tell them apart. */
    private static final int FEWEST_WEAK_LONGER = 24;
    private static final int MOST_WEAK_LONGER = 32;

    /** Stories told without STAR words, spread over several question types, not only behavioural ones. */
    private static final int STARLESS_STORIES = 6;
    private static final int STARLESS_TYPES = 5;

    /** The earlier sets held at least this many pairs when this set was written. */
    private static final int EARLIER_PAIRS = 700;

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        FOURTEENTH.holdsExactlyItsFields();
        FOURTEENTH.holdsDistinctCompletePairs(SIZE, "q\\d{3}");
        assertThat(FOURTEENTH.pairs()).hasSize(SIZE);
    }

    @Test
    void should_number_the_pairs_q001_to_q060_in_order_when_the_file_is_read() {
        // given
        List<JudgedTriple> pairs = FOURTEENTH.pairs();

        // when
        List<String> ids = pairs.stream().map(JudgedTriple::id).toList();

        // then
        assertThat(ids).first().isEqualTo("q001");
        assertThat(ids).last().isEqualTo("q060");
        assertThat(ids).isSorted();
    }

    @Test
    void should_hold_the_chosen_number_of_each_type_and_mode_when_grouped() {
        // given
        List<JudgedTriple> pairs = FOURTEENTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        FOURTEENTH.coversEveryTypeAndMode();
        FOURTEENTH.holdsAtLeastPerTypeAndMode(4, mode -> 2L);
        assertThat(types).isEqualTo(TYPE_COUNTS);
        assertThat(modes).isEqualTo(MODE_COUNTS);
    }

    @Test
    void should_fail_about_a_quarter_by_a_neighbouring_question_or_hedging_when_the_modes_are_counted() {
        // given
        List<JudgedTriple> pairs = FOURTEENTH.pairs();

        // when
        long neighbourOrHedge = pairs.stream().filter(t -> NEIGHBOUR_OR_HEDGE.contains(t.failureMode())).count();

        // then
        assertThat(neighbourOrHedge).as("weak answers off-topic or hedging")
                .isBetween((long) FEWEST_NEIGHBOUR_OR_HEDGE, (long) MOST_NEIGHBOUR_OR_HEDGE);
    }

    @Test
    void should_file_every_confident_technical_mistake_under_buzzwords_or_generic_when_the_notes_name_it() {
        // given / when / then
        FOURTEENTH.filesTechnicalMistakes(TECHNICAL_MISTAKES);
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        FOURTEENTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_52_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        FOURTEENTH.lengthMatchesExceptRamblesAndFragments(LEAST_LENGTH_MATCHED);
    }

    @Test
    void should_make_the_weak_answer_the_longer_in_about_half_when_the_pair_is_length_matched() {
        // given / when / then
        FOURTEENTH.makesTheWeakAnswerTheLongerIn(FEWEST_WEAK_LONGER, MOST_WEAK_LONGER);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        FOURTEENTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_80_and_190_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        FOURTEENTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        FOURTEENTH.tellsNoStarWordStoriesWithoutTheLabels(STARLESS_STORIES);
    }

    @Test
    void should_spread_the_no_star_word_stories_over_several_types_when_grouped() {
        // given
        List<JudgedTriple> starless = FOURTEENTH.pairs().stream()
                .filter(t -> t.failureMode().equals("no-star-words")).toList();

        // when
        Set<String> types = starless.stream().map(JudgedTriple::type).collect(Collectors.toSet());

        // then
        assertThat(starless).hasSizeGreaterThanOrEqualTo(STARLESS_STORIES);
        assertThat(types).as("question types of the no-STAR-words stories").hasSizeGreaterThanOrEqualTo(STARLESS_TYPES);
    }

    @Test
    void should_share_no_question_or_answer_with_the_twelve_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.concat(
                        Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT)),
                        THIRD_TO_TWELFTH_FILES.stream().map(TripleFile::read))
                .flatMap(List::stream).toList();

        // when
        int read = earlier.size();

        // then
        assertThat(read).as("pairs read from the twelve earlier sets").isGreaterThan(EARLIER_PAIRS);
        FOURTEENTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
