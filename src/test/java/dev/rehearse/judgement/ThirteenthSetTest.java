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
 * Guards the thirteenth judgement set, a learning set the team may tune on: 60 pairs (6 conceptual, 6 system design,
 * 4 of every other type) whose weak answers fail the way real candidates fail, most of them fluent and nearly right,
 * with about a quarter answering a neighbouring question or hedging. It checks the data (shape, size, the chosen type
 * and mode counts, type-bound modes on their own types, the four technical mistakes, length matching, spoken length,
 * the six no-STAR-words stories across several types, independence from the eleven earlier sets), never the coach.
 */
class ThirteenthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-thirteenth", "triples.jsonl");
    private static final List<Path> THIRD_TO_TWELFTH_FILES = Stream.of(
                    "judgement-third", "judgement-fourth", "judgement-fifth", "judgement-sixth", "judgement-seventh",
                    "judgement-eighth", "judgement-ninth", "judgement-tenth", "judgement-eleventh", "judgement-twelfth")
            .map(dir -> Path.of("src", "test", "resources", dir, "triples.jsonl")).toList();
    private static final JudgementSetChecks THIRTEENTH = new JudgementSetChecks(FILE);

    private static final int SIZE = 60;

    /** Exactly these many pairs of each question type: 6 conceptual, 6 system design, 4 of every other type. */
    private static final Map<String, Long> TYPE_COUNTS = Map.ofEntries(
            Map.entry("conceptual", 6L), Map.entry("system-design", 6L), Map.entry("behavioural", 4L),
            Map.entry("closing", 4L), Map.entry("conflict", 4L), Map.entry("first-months", 4L),
            Map.entry("mistake", 4L), Map.entry("motivation", 4L), Map.entry("reason-for-leaving", 4L),
            Map.entry("self-introduction", 4L), Map.entry("stakeholder", 4L), Map.entry("strengths", 4L),
            Map.entry("weakness", 4L), Map.entry("working-style", 4L));

    /** Exactly these many pairs of each failure mode; off-topic and hedging together are a quarter of the set. */
    private static final Map<String, Long> MODE_COUNTS = Map.ofEntries(
            Map.entry("off-topic", 10L), Map.entry("generic", 7L), Map.entry("no-star-words", 6L),
            Map.entry("hedging", 5L), Map.entry("buzzwords", 5L), Map.entry("tool-list", 3L),
            Map.entry("implausible-figures", 3L), Map.entry("we-only", 3L), Map.entry("dodge", 3L),
            Map.entry("blame", 3L), Map.entry("rambling", 2L), Map.entry("fragments", 2L), Map.entry("flattery", 2L),
            Map.entry("fake-weakness", 2L), Map.entry("badmouthing", 2L), Map.entry("no-questions", 2L));

    private static final int TECHNICAL_MISTAKES = 4;

    /** Strong and matched weak answers stay within these words; rambles run over, fragments under. */
    private static final int FEWEST_WORDS = 80;
    private static final int MOST_WORDS = 190;
    private static final int RAMBLE_OVER = 250;
    private static final int FRAGMENTS_UNDER = 50;

    private static final int LEAST_LENGTH_MATCHED = 52;

    /** In about half the length-matched pairs the weak answer is the longer one, so length cannot tell them apart. */
    private static final int FEWEST_WEAK_LONGER = 24;
    private static final int MOST_WEAK_LONGER = 32;

    /** The no-STAR-words stories: at least this many, spread over at least this many question types. */
    private static final int STARLESS_STORIES = 6;
    private static final int STARLESS_TYPES = 5;

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        THIRTEENTH.holdsExactlyItsFields();
        THIRTEENTH.holdsDistinctCompletePairs(SIZE, "g\\d{3}");
        assertThat(THIRTEENTH.pairs()).hasSize(SIZE);
    }

    @Test
    void should_number_the_pairs_g001_to_g060_in_order_when_read() {
        // given
        List<String> ids = THIRTEENTH.pairs().stream().map(JudgedTriple::id).toList();

        // when
        List<String> expected = Stream.iterate(1, i -> i + 1).limit(SIZE).map(i -> String.format("g%03d", i)).toList();

        // then
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void should_hold_the_chosen_number_of_each_type_and_mode_when_grouped() {
        // given
        List<JudgedTriple> pairs = THIRTEENTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        THIRTEENTH.coversEveryTypeAndMode();
        THIRTEENTH.holdsAtLeastPerTypeAndMode(4, mode -> 2L);
        assertThat(types).isEqualTo(TYPE_COUNTS);
        assertThat(modes).isEqualTo(MODE_COUNTS);
    }

    @Test
    void should_make_a_quarter_of_the_weak_answers_off_topic_or_hedging_when_counted() {
        // given
        List<JudgedTriple> pairs = THIRTEENTH.pairs();

        // when
        long neighbouringOrHedged = pairs.stream()
                .filter(t -> t.failureMode().equals("off-topic") || t.failureMode().equals("hedging")).count();
        Set<String> offTopicTypes = pairs.stream().filter(t -> t.failureMode().equals("off-topic"))
                .map(JudgedTriple::type).collect(Collectors.toSet());

        // then
        assertThat(neighbouringOrHedged).isEqualTo(SIZE / 4);
        assertThat(offTopicTypes).as("question types with an off-topic weak answer").hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void should_file_every_confident_technical_mistake_under_buzzwords_or_generic_when_the_notes_name_it() {
        // given / when / then
        THIRTEENTH.filesTechnicalMistakes(TECHNICAL_MISTAKES);
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        THIRTEENTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_52_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        THIRTEENTH.lengthMatchesExceptRamblesAndFragments(LEAST_LENGTH_MATCHED);
    }

    @Test
    void should_make_the_weak_answer_the_longer_in_about_half_when_the_pair_is_length_matched() {
        // given / when / then
        THIRTEENTH.makesTheWeakAnswerTheLongerIn(FEWEST_WEAK_LONGER, MOST_WEAK_LONGER);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        THIRTEENTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_80_and_190_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        THIRTEENTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_no_star_word_stories_across_several_types_when_the_weak_twin_has_the_labels() {
        // given
        List<JudgedTriple> starless = THIRTEENTH.pairs().stream()
                .filter(t -> t.failureMode().equals("no-star-words")).toList();

        // when
        Set<String> types = starless.stream().map(JudgedTriple::type).collect(Collectors.toSet());

        // then
        THIRTEENTH.tellsNoStarWordStoriesWithoutTheLabels(STARLESS_STORIES);
        assertThat(types).as("question types of the no-STAR-words stories")
                .hasSizeGreaterThanOrEqualTo(STARLESS_TYPES).contains("behavioural").isNotEqualTo(Set.of("behavioural"));
    }

    @Test
    void should_share_no_question_or_answer_with_the_eleven_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.concat(
                        Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT)),
                        THIRD_TO_TWELFTH_FILES.stream().map(TripleFile::read))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the eleven earlier sets").hasSizeGreaterThan(700);
        THIRTEENTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
