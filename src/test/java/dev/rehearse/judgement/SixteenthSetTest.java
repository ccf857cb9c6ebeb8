package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the sixteenth judgement set, a blind set the team reads only through benchmark summaries: 60 pairs, 12 of
 * them technical (conceptual and system design), with the weak answers failing as real candidates fail, many of them
 * fluent and nearly right. It checks the data (shape, ids, the chosen type and mode counts, type-bound modes on their
 * own types, the four technical mistakes, length matching, spoken length, the star-less stories, the share of
 * neighbouring-question and hedging faults, independence from the earlier sets), never the coach.
 */
class SixteenthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-sixteenth", "triples.jsonl");
    private static final List<Path> EARLIER_FILES = Stream.of(
                    "judgement-third", "judgement-fourth", "judgement-fifth", "judgement-sixth", "judgement-seventh",
                    "judgement-eighth", "judgement-ninth", "judgement-tenth", "judgement-eleventh",
                    "judgement-twelfth", "judgement-thirteenth", "judgement-fourteenth")
            .map(dir -> Path.of("src", "test", "resources", dir, "triples.jsonl")).toList();
    private static final JudgementSetChecks SIXTEENTH = new JudgementSetChecks(FILE);

    private static final int SIZE = 60;

    /** Exactly these many pairs of each question type: 6 conceptual, 6 system design, 4 of every other type. */
    private static final Map<String, Long> TYPE_COUNTS = Map.ofEntries(
            Map.entry("conceptual", 6L), Map.entry("system-design", 6L), Map.entry("behavioural", 4L),
            Map.entry("closing", 4L), Map.entry("conflict", 4L), Map.entry("first-months", 4L),
            Map.entry("mistake", 4L), Map.entry("motivation", 4L), Map.entry("reason-for-leaving", 4L),
            Map.entry("self-introduction", 4L), Map.entry("stakeholder", 4L), Map.entry("strengths", 4L),
            Map.entry("weakness", 4L), Map.entry("working-style", 4L));

    /** Exactly these many pairs of each failure mode, every mode at least twice. */
    private static final Map<String, Long> MODE_COUNTS = Map.ofEntries(
            Map.entry("off-topic", 10L), Map.entry("generic", 7L), Map.entry("hedging", 6L),
            Map.entry("buzzwords", 4L), Map.entry("implausible-figures", 3L), Map.entry("we-only", 3L),
            Map.entry("no-star-words", 3L), Map.entry("flattery", 3L), Map.entry("dodge", 3L),
            Map.entry("blame", 3L), Map.entry("fake-weakness", 3L), Map.entry("badmouthing", 3L),
            Map.entry("no-questions", 3L), Map.entry("tool-list", 2L), Map.entry("rambling", 2L),
            Map.entry("fragments", 2L));

    private static final int TECHNICAL_MISTAKES = 4;

    /** Strong and matched weak answers stay within these words; rambles run over, fragments under. */
    private static final int FEWEST_WORDS = 80;
    private static final int MOST_WORDS = 190;
    private static final int RAMBLE_OVER = 250;
    private static final int FRAGMENTS_UNDER = 50;

    private static final int LEAST_LENGTH_MATCHED = 52;

    /** In about half the length-matched pairs the weak answer is the longer one, so length cannot tell them apart. */
    private static final int FEWEST_WEAK_LONGER = 25;
    private static final int MOST_WEAK_LONGER = 31;

    /** About a quarter of the weak answers answer a neighbouring question or hedge everything. */
    private static final Set<String> NEIGHBOUR_OR_HEDGE = Set.of("off-topic", "hedging");
    private static final long FEWEST_NEIGHBOUR_OR_HEDGE = 13;
    private static final long MOST_NEIGHBOUR_OR_HEDGE = 17;

    /** Strong answers that tell a real story without STAR labels, across several question types. */
    private static final Set<String> STARLESS_STORIES = Set.of(
            "r009", "r013", "r015", "r016", "r022", "r029", "r031", "r032", "r045", "r049");
    private static final Pattern STAR_CUE =
            Pattern.compile("\\b(situation|task|action|result|results|as a result)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given
        List<String> expectedIds = IntStream.rangeClosed(1, SIZE).mapToObj(i -> String.format("r%03d", i)).toList();

        // when
        List<String> ids = SIXTEENTH.pairs().stream().map(JudgedTriple::id).toList();

        // then
        SIXTEENTH.holdsExactlyItsFields();
        SIXTEENTH.holdsDistinctCompletePairs(SIZE, "r\\d{3}");
        assertThat(ids).containsExactlyElementsOf(expectedIds);
    }

    @Test
    void should_hold_the_chosen_number_of_each_type_and_mode_when_grouped() {
        // given
        List<JudgedTriple> pairs = SIXTEENTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        SIXTEENTH.coversEveryTypeAndMode();
        SIXTEENTH.holdsAtLeastPerTypeAndMode(4, mode -> 2L);
        assertThat(types).isEqualTo(TYPE_COUNTS);
        assertThat(modes).isEqualTo(MODE_COUNTS);
    }

    @Test
    void should_fail_about_a_quarter_of_weak_answers_by_a_neighbouring_question_or_hedging_when_counted() {
        // given
        List<JudgedTriple> pairs = SIXTEENTH.pairs();

        // when
        long neighbourOrHedge = pairs.stream().filter(t -> NEIGHBOUR_OR_HEDGE.contains(t.failureMode())).count();
        long typesWithThem = pairs.stream().filter(t -> NEIGHBOUR_OR_HEDGE.contains(t.failureMode()))
                .map(JudgedTriple::type).distinct().count();

        // then
        assertThat(neighbourOrHedge).isBetween(FEWEST_NEIGHBOUR_OR_HEDGE, MOST_NEIGHBOUR_OR_HEDGE);
        assertThat(typesWithThem).as("question types with an off-topic or hedging weak answer")
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void should_file_every_confident_technical_mistake_under_buzzwords_or_generic_when_the_notes_name_it() {
        // given / when / then
        SIXTEENTH.filesTechnicalMistakes(TECHNICAL_MISTAKES);
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        SIXTEENTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_52_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        SIXTEENTH.lengthMatchesExceptRamblesAndFragments(LEAST_LENGTH_MATCHED);
    }

    @Test
    void should_make_the_weak_answer_the_longer_in_about_half_when_the_pair_is_length_matched() {
        // given / when / then
        SIXTEENTH.makesTheWeakAnswerTheLongerIn(FEWEST_WEAK_LONGER, MOST_WEAK_LONGER);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        SIXTEENTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_80_and_190_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        SIXTEENTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        SIXTEENTH.tellsNoStarWordStoriesWithoutTheLabels(2);
    }

    @Test
    void should_tell_at_least_six_starless_stories_across_types_when_the_strong_answers_are_read() {
        // given
        List<JudgedTriple> stories = SIXTEENTH.pairs().stream().filter(t -> STARLESS_STORIES.contains(t.id())).toList();

        // when
        List<String> labelled = stories.stream().filter(t -> STAR_CUE.matcher(t.strong()).find())
                .map(JudgedTriple::id).toList();
        Set<String> types = stories.stream().map(JudgedTriple::type).collect(Collectors.toSet());

        // then
        assertThat(stories).hasSize(STARLESS_STORIES.size()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(labelled).as("star-less stories using STAR cue words").isEmpty();
        assertThat(types).as("question types of the star-less stories").hasSizeGreaterThanOrEqualTo(5)
                .contains("behavioural").anyMatch(type -> !type.equals("behavioural"));
    }

    @Test
    void should_share_no_question_or_answer_with_the_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.concat(
                        Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT)),
                        EARLIER_FILES.stream().map(TripleFile::read))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the earlier sets").hasSizeGreaterThan(800);
        SIXTEENTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
