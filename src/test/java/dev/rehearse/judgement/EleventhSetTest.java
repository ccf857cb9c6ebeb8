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
 * Guards the eleventh judgement set, a learning set the team may read and tune on: 60 pairs over all 14 question
 * types (6 conceptual, 6 system design, 4 of every other type) and all 16 failure modes, with a quarter of the weak
 * answers answering a neighbouring question or hedging, four confident technical mistakes, and six plain stories told
 * without STAR words across six question types. It checks the data (shape, size, the chosen type and mode counts,
 * type-bound modes on their own types, the technical mistakes, length matching, spoken length, the star-less stories,
 * independence from the ten earlier sets), never the coach.
 */
class EleventhSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-eleventh", "triples.jsonl");
    private static final List<Path> THIRD_TO_TENTH_FILES = Stream.of(
                    "judgement-third", "judgement-fourth", "judgement-fifth", "judgement-sixth", "judgement-seventh",
                    "judgement-eighth", "judgement-ninth", "judgement-tenth")
            .map(dir -> Path.of("src", "test", "resources", dir, "triples.jsonl")).toList();
    private static final JudgementSetChecks ELEVENTH = new JudgementSetChecks(FILE);

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
            Map.entry("implausible-figures", 3L), Map.entry("flattery", 3L), Map.entry("dodge", 3L),
            Map.entry("blame", 3L), Map.entry("tool-list", 2L), Map.entry("rambling", 2L),
            Map.entry("fragments", 2L), Map.entry("fake-weakness", 2L), Map.entry("badmouthing", 2L),
            Map.entry("no-questions", 2L));

    /** A quarter or so of the weak answers answer a neighbouring question or hedge everything. */
    private static final Set<String> HARD_TO_JUDGE_MODES = Set.of("off-topic", "hedging");
    private static final int FEWEST_HARD_TO_JUDGE = 13;
    private static final int MOST_HARD_TO_JUDGE = 17;

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

    /** The plain stories told without STAR words, each on a different question type, not only behavioural ones. */
    private static final int STARLESS_STORIES = 6;

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        ELEVENTH.holdsExactlyItsFields();
        ELEVENTH.holdsDistinctCompletePairs(SIZE, "l\\d{3}");
        assertThat(ELEVENTH.pairs()).hasSize(SIZE);
    }

    @Test
    void should_number_its_pairs_l001_to_l060_in_order_when_read() {
        // given
        List<String> expected = Stream.iterate(1, i -> i + 1).limit(SIZE).map(i -> String.format("l%03d", i)).toList();

        // when
        List<String> ids = ELEVENTH.pairs().stream().map(JudgedTriple::id).toList();

        // then
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void should_hold_the_chosen_number_of_each_type_and_mode_when_grouped() {
        // given
        List<JudgedTriple> pairs = ELEVENTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        ELEVENTH.coversEveryTypeAndMode();
        ELEVENTH.holdsAtLeastPerTypeAndMode(4, mode -> 2L);
        assertThat(types).isEqualTo(TYPE_COUNTS);
        assertThat(modes).isEqualTo(MODE_COUNTS);
    }

    @Test
    void should_make_about_a_quarter_of_the_weak_answers_off_topic_or_hedging_when_counted() {
        // given
        List<JudgedTriple> pairs = ELEVENTH.pairs();

        // when
        long hardToJudge = pairs.stream().filter(t -> HARD_TO_JUDGE_MODES.contains(t.failureMode())).count();
        long typesOfOffTopic = pairs.stream().filter(t -> t.failureMode().equals("off-topic"))
                .map(JudgedTriple::type).distinct().count();

        // then
        assertThat(hardToJudge).as("weak answers that are off-topic or hedging")
                .isBetween((long) FEWEST_HARD_TO_JUDGE, (long) MOST_HARD_TO_JUDGE);
        assertThat(typesOfOffTopic).as("question types with an off-topic weak answer").isEqualTo(10L);
    }

    @Test
    void should_file_every_confident_technical_mistake_under_buzzwords_or_generic_when_the_notes_name_it() {
        // given / when / then
        ELEVENTH.filesTechnicalMistakes(TECHNICAL_MISTAKES);
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        ELEVENTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_52_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        ELEVENTH.lengthMatchesExceptRamblesAndFragments(LEAST_LENGTH_MATCHED);
    }

    @Test
    void should_make_the_weak_answer_the_longer_in_about_half_when_the_pair_is_length_matched() {
        // given / when / then
        ELEVENTH.makesTheWeakAnswerTheLongerIn(FEWEST_WEAK_LONGER, MOST_WEAK_LONGER);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        ELEVENTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_80_and_190_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        ELEVENTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_six_star_less_stories_on_six_question_types_when_the_weak_twin_has_the_labels() {
        // given
        List<JudgedTriple> starless = ELEVENTH.pairs().stream()
                .filter(t -> t.failureMode().equals("no-star-words")).toList();

        // when
        Set<String> types = starless.stream().map(JudgedTriple::type).collect(Collectors.toSet());

        // then
        ELEVENTH.tellsNoStarWordStoriesWithoutTheLabels(STARLESS_STORIES);
        assertThat(starless).hasSize(STARLESS_STORIES);
        assertThat(types).as("question types of the star-less stories").hasSize(STARLESS_STORIES)
                .contains("behavioural").anyMatch(type -> !type.equals("behavioural"));
    }

    @Test
    void should_share_no_question_or_answer_with_the_ten_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.concat(
                        Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT)),
                        THIRD_TO_TENTH_FILES.stream().map(TripleFile::read))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the ten earlier sets").hasSizeGreaterThan(600);
        ELEVENTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
