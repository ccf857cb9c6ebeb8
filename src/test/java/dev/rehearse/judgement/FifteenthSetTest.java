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
 * Guards the fifteenth judgement set, a learning set the team may tune on: 60 pairs, 12 of them technical (six
 * conceptual, six system design) and four of every other question type, weighted towards the faults hardest to see on
 * the surface (answers to a neighbouring question, generic answers that sound experienced, buzzwords inside
 * well-formed sentences, candid-sounding dodges, polite blame and modest invented figures). It checks the data (shape,
 * size, the chosen type and mode counts, type-bound modes on their own types, the four technical mistakes, length
 * matching, spoken length, the stories told without STAR words, independence from the fourteen earlier sets), never
 * the coach.
 */
class FifteenthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-fifteenth", "triples.jsonl");
    private static final List<Path> THIRD_TO_FOURTEENTH_FILES = Stream.of(
                    "judgement-third", "judgement-fourth", "judgement-fifth", "judgement-sixth", "judgement-seventh",
                    "judgement-eighth", "judgement-ninth", "judgement-tenth", "judgement-eleventh",
                    "judgement-twelfth", "judgement-thirteenth", "judgement-fourteenth")
            .map(dir -> Path.of("src", "test", "resources", dir, "triples.jsonl")).toList();
    private static final JudgementSetChecks FIFTEENTH = new JudgementSetChecks(FILE);

    private static final int SIZE = 60;

    /** Exactly these many pairs of each question type: 6 conceptual, 6 system design, 4 of every other type. */
    private static final Map<String, Long> TYPE_COUNTS = Map.ofEntries(
            Map.entry("conceptual", 6L), Map.entry("system-design", 6L), Map.entry("behavioural", 4L),
            Map.entry("closing", 4L), Map.entry("conflict", 4L), Map.entry("first-months", 4L),
            Map.entry("mistake", 4L), Map.entry("motivation", 4L), Map.entry("reason-for-leaving", 4L),
            Map.entry("self-introduction", 4L), Map.entry("stakeholder", 4L), Map.entry("strengths", 4L),
            Map.entry("weakness", 4L), Map.entry("working-style", 4L));

    /** Exactly these many pairs of each failure mode, weighted towards the faults hardest to see on the surface. */
    private static final Map<String, Long> MODE_COUNTS = Map.ofEntries(
            Map.entry("off-topic", 9L), Map.entry("generic", 8L), Map.entry("hedging", 6L),
            Map.entry("buzzwords", 5L), Map.entry("implausible-figures", 4L), Map.entry("dodge", 4L),
            Map.entry("blame", 4L), Map.entry("no-star-words", 3L), Map.entry("we-only", 3L),
            Map.entry("tool-list", 2L), Map.entry("rambling", 2L), Map.entry("fragments", 2L),
            Map.entry("flattery", 2L), Map.entry("fake-weakness", 2L), Map.entry("badmouthing", 2L),
            Map.entry("no-questions", 2L));

    /** The floors the brief set for the hard-to-see faults; every other mode at least twice. */
    private static final Map<String, Long> LEAST_PER_MODE = Map.of(
            "off-topic", 7L, "generic", 7L, "buzzwords", 4L, "dodge", 4L, "blame", 4L, "implausible-figures", 4L);

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

    /**
     * Strong answers that are real stories told in plain words, without the STAR labels, across several question
     * types (the three no-star-words pairs among them).
     */
    private static final Set<String> PLAIN_STORIES = Set.of(
            "p013", "p014", "p021", "p022", "p029", "p031", "p032", "p045", "p052", "p055");

    private static final Pattern STAR_CUE =
            Pattern.compile("\\b(situation|task|action|result|results|as a result)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given
        List<String> expectedIds = IntStream.rangeClosed(1, SIZE).mapToObj(i -> String.format("p%03d", i)).toList();

        // when
        List<String> ids = FIFTEENTH.pairs().stream().map(JudgedTriple::id).toList();

        // then
        FIFTEENTH.holdsExactlyItsFields();
        FIFTEENTH.holdsDistinctCompletePairs(SIZE, "p\\d{3}");
        assertThat(ids).containsExactlyElementsOf(expectedIds);
    }

    @Test
    void should_hold_the_chosen_number_of_each_type_and_mode_when_grouped() {
        // given
        List<JudgedTriple> pairs = FIFTEENTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        FIFTEENTH.coversEveryTypeAndMode();
        FIFTEENTH.holdsAtLeastPerTypeAndMode(4, mode -> LEAST_PER_MODE.getOrDefault(mode, 2L));
        assertThat(types).isEqualTo(TYPE_COUNTS);
        assertThat(modes).isEqualTo(MODE_COUNTS);
    }

    @Test
    void should_fail_about_a_quarter_of_the_weak_answers_by_drifting_or_hedging_when_counted() {
        // given
        List<JudgedTriple> pairs = FIFTEENTH.pairs();

        // when
        long driftingOrHedging = pairs.stream()
                .filter(t -> t.failureMode().equals("off-topic") || t.failureMode().equals("hedging")).count();

        // then
        assertThat(driftingOrHedging).as("off-topic and hedging pairs").isBetween(13L, 17L);
    }

    @Test
    void should_file_every_confident_technical_mistake_under_buzzwords_or_generic_when_the_notes_name_it() {
        // given / when / then
        FIFTEENTH.filesTechnicalMistakes(TECHNICAL_MISTAKES);
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        FIFTEENTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_52_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        FIFTEENTH.lengthMatchesExceptRamblesAndFragments(LEAST_LENGTH_MATCHED);
    }

    @Test
    void should_make_the_weak_answer_the_longer_in_about_half_when_the_pair_is_length_matched() {
        // given / when / then
        FIFTEENTH.makesTheWeakAnswerTheLongerIn(FEWEST_WEAK_LONGER, MOST_WEAK_LONGER);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        FIFTEENTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_80_and_190_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        FIFTEENTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        FIFTEENTH.tellsNoStarWordStoriesWithoutTheLabels(3);
    }

    @Test
    void should_tell_plain_stories_across_several_types_when_the_strong_answer_is_a_story() {
        // given
        List<JudgedTriple> stories = FIFTEENTH.pairs().stream().filter(t -> PLAIN_STORIES.contains(t.id())).toList();

        // when
        List<String> labelled = stories.stream().filter(t -> STAR_CUE.matcher(t.strong()).find())
                .map(JudgedTriple::id).toList();
        Set<String> types = stories.stream().map(JudgedTriple::type).collect(Collectors.toSet());

        // then
        assertThat(stories).as("plain stories found").hasSize(PLAIN_STORIES.size());
        assertThat(labelled).as("plain stories using STAR cue words").isEmpty();
        assertThat(types).as("question types of the plain stories").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void should_share_no_question_or_answer_with_the_fourteen_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = earlierPairs();

        // when / then
        assertThat(earlier).as("pairs read from the fourteen earlier sets").hasSizeGreaterThan(800);
        FIFTEENTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    @Test
    void should_share_no_text_with_the_earlier_sets_when_case_and_punctuation_are_ignored() {
        // given
        Set<String> before = earlierPairs().stream().flatMap(FifteenthSetTest::texts)
                .map(FifteenthSetTest::loosely).collect(Collectors.toSet());

        // when
        List<String> shared = FIFTEENTH.pairs().stream()
                .filter(t -> texts(t).map(FifteenthSetTest::loosely).anyMatch(before::contains))
                .map(JudgedTriple::id).toList();

        // then
        assertThat(shared).as("pairs sharing a text with an earlier set, ignoring case and punctuation").isEmpty();
    }

    private static List<JudgedTriple> earlierPairs() {
        return Stream.concat(
                        Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT)),
                        THIRD_TO_FOURTEENTH_FILES.stream().map(TripleFile::read))
                .flatMap(List::stream).toList();
    }

    private static Stream<String> texts(JudgedTriple t) {
        return Stream.of(t.question(), t.weak(), t.strong());
    }

    private static String loosely(String text) {
        return text.toLowerCase().replaceAll("[^\\p{L}\\p{N}\\s]", "").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
