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
 * Guards the tenth judgement set, a learning set the team may tune on: 60 pairs, 24 of them technical (conceptual
 * and system design), weighted towards the faults hardest to judge (answers to a neighbouring question, confident
 * technical mistakes, hedging and generic answers). It checks the data (shape, size, the chosen type and mode
 * counts, type-bound modes on their own types, the technical mistakes, length matching, spoken length, the
 * no-STAR-words stories, independence from the eight earlier sets), never the coach.
 */
class TenthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-tenth", "triples.jsonl");
    private static final List<Path> THIRD_TO_EIGHTH_FILES = Stream.of(
                    "judgement-third", "judgement-fourth", "judgement-fifth", "judgement-sixth", "judgement-seventh",
                    "judgement-eighth")
            .map(dir -> Path.of("src", "test", "resources", dir, "triples.jsonl")).toList();
    private static final JudgementSetChecks TENTH = new JudgementSetChecks(FILE);

    private static final int SIZE = 60;

    /** Exactly these many pairs of each question type: 12 conceptual, 12 system design, 3 of every other type. */
    private static final Map<String, Long> TYPE_COUNTS = Map.ofEntries(
            Map.entry("conceptual", 12L), Map.entry("system-design", 12L), Map.entry("behavioural", 3L),
            Map.entry("closing", 3L), Map.entry("conflict", 3L), Map.entry("first-months", 3L),
            Map.entry("mistake", 3L), Map.entry("motivation", 3L), Map.entry("reason-for-leaving", 3L),
            Map.entry("self-introduction", 3L), Map.entry("stakeholder", 3L), Map.entry("strengths", 3L),
            Map.entry("weakness", 3L), Map.entry("working-style", 3L));

    /** Exactly these many pairs of each failure mode, weighted towards the faults hardest to judge. */
    private static final Map<String, Long> MODE_COUNTS = Map.ofEntries(
            Map.entry("off-topic", 13L), Map.entry("generic", 8L), Map.entry("buzzwords", 6L),
            Map.entry("hedging", 6L), Map.entry("no-star-words", 3L), Map.entry("dodge", 3L), Map.entry("blame", 3L),
            Map.entry("tool-list", 2L), Map.entry("implausible-figures", 2L), Map.entry("rambling", 2L),
            Map.entry("fragments", 2L), Map.entry("we-only", 2L), Map.entry("flattery", 2L),
            Map.entry("fake-weakness", 2L), Map.entry("badmouthing", 2L), Map.entry("no-questions", 2L));

    private static final int TECHNICAL_MISTAKES = 9;

    /** Strong and matched weak answers stay within these words; rambles run over, fragments under. */
    private static final int FEWEST_WORDS = 90;
    private static final int MOST_WORDS = 180;
    private static final int RAMBLE_OVER = 250;
    private static final int FRAGMENTS_UNDER = 50;

    /** In about half the length-matched pairs the weak answer is the longer one, so length cannot tell them apart. */
    private static final int FEWEST_WEAK_LONGER = 24;
    private static final int MOST_WEAK_LONGER = 32;

    @Test
    void should_hold_exactly_60_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        TENTH.holdsExactlyItsFields();
        TENTH.holdsDistinctCompletePairs(SIZE, "m\\d{3}");
        assertThat(TENTH.pairs()).hasSize(SIZE);
    }

    @Test
    void should_hold_the_chosen_number_of_each_type_and_mode_when_grouped() {
        // given
        List<JudgedTriple> pairs = TENTH.pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        TENTH.coversEveryTypeAndMode();
        TENTH.holdsAtLeastPerTypeAndMode(2, mode -> 1L);
        assertThat(types).isEqualTo(TYPE_COUNTS);
        assertThat(modes).isEqualTo(MODE_COUNTS);
    }

    @Test
    void should_file_every_confident_technical_mistake_under_buzzwords_or_generic_when_the_notes_name_it() {
        // given / when / then
        TENTH.filesTechnicalMistakes(TECHNICAL_MISTAKES);
    }

    @Test
    void should_ask_each_type_bound_mode_only_of_its_own_types_when_paired() {
        // given / when / then
        TENTH.asksTypeBoundModesOnlyOfTheirTypes();
    }

    @Test
    void should_length_match_at_least_48_pairs_when_the_flags_are_recomputed() {
        // given / when / then
        TENTH.lengthMatchesExceptRamblesAndFragments(48);
    }

    @Test
    void should_make_the_weak_answer_the_longer_in_about_half_when_the_pair_is_length_matched() {
        // given / when / then
        TENTH.makesTheWeakAnswerTheLongerIn(FEWEST_WEAK_LONGER, MOST_WEAK_LONGER);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given / when / then
        TENTH.keepsAnswersToASpokenLength();
    }

    @Test
    void should_keep_answers_between_90_and_180_words_when_neither_a_ramble_nor_fragments() {
        // given / when / then
        TENTH.keepsAnswersBetween(FEWEST_WORDS, MOST_WORDS, RAMBLE_OVER, FRAGMENTS_UNDER);
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        TENTH.tellsNoStarWordStoriesWithoutTheLabels(3);
    }

    @Test
    void should_share_no_question_or_answer_with_the_eight_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.concat(
                        Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT)),
                        THIRD_TO_EIGHTH_FILES.stream().map(TripleFile::read))
                .flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the eight earlier sets").hasSizeGreaterThan(450);
        TENTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
