package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the twelfth judgement set, a blind set the team never reads and tunes nothing on: 60 pairs spread over all
 * 14 question types (6 conceptual, 6 system design, 4 of every other type) and all 16 failure modes, meant to
 * represent real interviews broadly so that its summary lines measure how well the coach generalises. It checks the
 * data (shape, size, the chosen type and mode counts, type-bound modes on their own types, the four technical
 * mistakes, length matching, spoken length, the stories told without STAR words, independence from the ten earlier
 * sets), never the coach.
 */
class TwelfthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-twelfth", "triples.jsonl");
    private static final List<Path> THIRD_TO_TENTH_FILES = Stream.of(
                    "judgement-third", "judgement-fourth", "judgement-fifth", "judgement-sixth", "judgement-seventh",
                    "judgement-eighth", "judgement-ninth", "judgement-tenth")
            .map(dir -> Path.of("src", "test", "resources", dir, "triples.jsonl")).toList();
    private static final JudgementSetChecks TWELFTH = new JudgementSetChecks(FILE);

    private static final int SIZE = 60;

    /** Exactly these many pairs of each question type: 6 conceptual, 6 system design, 4 of every other type. */
    private static final Map<String, Long> TYPE_COUNTS = Map.ofEntries(
            Map.entry("conceptual", 6L), Map.entry("system-design", 6L), Map.entry("behavioural", 4L),
            Map.entry("closing", 4L), Map.entry("conflict", 4L), Map.entry("first-months", 4L),
            Map.entry("mistake", 4L), Map.entry("motivation", 4L), Map.entry("reason-for-leaving", 4L),
            Map.entry("self-introduction", 4L), Map.entry("stakeholder", 4L), Map.entry("strengths", 4L),
            Map.entry("weakness", 4L), Map.entry("working-style", 4L));

    /** Exactly these many pairs of each failure mode: every mode at least twice, about a quarter off-topic or hedging. */
    private static final Map<String, Long> MODE_COUNTS = Map.ofEntries(
            Map.entry("off-topic", 10L), Map.entry("generic", 6L), Map.entry("hedging", 6L),
            Map.entry("buzzwords", 5L), Map.entry("no-star-words", 4L), Map.entry("tool-list", 3L),
            Map.entry("rambling", 3L), Map.entry("we-only", 3L), Map.entry("implausible-figures", 3L),
            Map.entry("flattery", 3L), Map.entry("blame", 3L), Map.entry("dodge", 3L), Map.entry("fragments", 2L),
            Map.entry("no-questions", 2L), Map.entry("badmouthing", 2L), Map.entry("fake-weakness", 2L));

    private static final int TECHNICAL_MISTAKES = 4;

    /** Strong and matched weak answers stay within these words; rambles run over, fragments under. */
    private static final int FEWEST_WORDS = 80;
    private static final int MOST_WORDS = 190;
    private static final int RAMBLE_OVER = 250;
    private static final int FRAGMENTS_UNDER = 50;
    private static final int LEAST_LENGTH_MATCHED = 52;

    /** In about half the length-matched pairs the weak answer is the longer one, so length cannot tell them apart. */
    private static final int FEWEST_WEAK_LONGER = 24;
    private static final int MOST_WEAK_LONGER = 31;

    /** Strong answers that tell a real story in plain words, without a STAR label, across several question types. */
    private static final Set<String> STORIES_WITHOUT_LABELS = Set.of(
            "w012", "w013", "w014", "w015", "w021", "w022", "w024", "w029", "w030", "w031", "w032", "w045", "w047",
            "w053", "w055");
    private static final int FEWEST_STORY_TYPES = 4;
    private static final Pattern STAR_CUE =
            Pattern.compile("\\b(situation|task|action|result|results|as a result)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        TWELFTH.holdsExactlyItsFields();
        TWELFTH.holdsDistinctCompletePairs(SIZE, "w\\d{3}");
        assertThat(TWELFTH.pairs()).hasSize(SIZE);
    }

    @Test
    void should_number_the_pairs_w001_to_w060_in_order_when_the_file_is_read() {
        // given
        List<String> expected = Stream.iterate(1, i -> i + 1).limit(SIZE).map(i -> String.format("w%03d", i)).toList();

        // when
        List<String> ids = TWELFTH.pairs().stream().map(JudgedTriple::id).toList();

        // then
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void should_hold_the_chosen_number_of_each_type_and_mode_when_grouped() {
        // given
        List<JudgedTriple> pairs = TWELFTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        TWELFTH.coversEveryTypeAndMode();
        TWELFTH.holdsAtLeastPerTypeAndMode(4, mode -> 2L);
        assertThat(types).isEqualTo(TYPE_COUNTS);
        assertThat(modes).isEqualTo(MODE_COUNTS);
    }

    @Test
    void should_file_every_confident_technical_mistake_under_buzzwords_or_generic_when_the_notes_name_it() {
        // given / when / then
        TWELFTH.filesTechnicalMistakes(TECHNICAL_MISTAKES);
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        TWELFTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_52_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        TWELFTH.lengthMatchesExceptRamblesAndFragments(LEAST_LENGTH_MATCHED);
    }

    @Test
    void should_make_the_weak_answer_the_longer_in_about_half_when_the_pair_is_length_matched() {
        // given / when / then
        TWELFTH.makesTheWeakAnswerTheLongerIn(FEWEST_WEAK_LONGER, MOST_WEAK_LONGER);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        TWELFTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_80_and_190_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        TWELFTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        TWELFTH.tellsNoStarWordStoriesWithoutTheLabels(4);
    }

    @Test
    void should_tell_stories_without_star_labels_across_several_types_when_the_strong_answers_are_read() {
        // given
        List<JudgedTriple> stories = TWELFTH.pairs().stream()
                .filter(t -> STORIES_WITHOUT_LABELS.contains(t.id())).toList();

        // when
        List<String> labelled = stories.stream().filter(t -> STAR_CUE.matcher(t.strong()).find())
                .map(JudgedTriple::id).toList();
        Set<String> types = stories.stream().map(JudgedTriple::type).collect(Collectors.toSet());

        // then
        assertThat(stories).as("listed stories found in the file").hasSize(STORIES_WITHOUT_LABELS.size());
        assertThat(stories).hasSizeGreaterThanOrEqualTo(6);
        assertThat(labelled).as("listed stories whose strong answer uses a STAR cue word").isEmpty();
        assertThat(types).as("question types of the listed stories").hasSizeGreaterThanOrEqualTo(FEWEST_STORY_TYPES);
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
        TWELFTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
