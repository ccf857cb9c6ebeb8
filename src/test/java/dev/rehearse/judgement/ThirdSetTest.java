package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the third judgement set, written blind to the coach and to the two earlier sets: its size, its coverage of
 * every question type and failure mode, its share of length-matched pairs and its independence from the other two
 * sets. It checks the data, not the coach; no rule may be tuned on this set while it is meant to stay held out.
 */
class ThirdSetTest {

    private static final JudgementSetChecks THIRD =
            new JudgementSetChecks(Path.of("src", "test", "resources", "judgement-third", "triples.jsonl"));

    /** The modes keyword scorers fall for most often, so the set holds more of them. */
    private static final Set<String> COMMON_MODES = Set.of("no-star-words", "generic", "tool-list", "flattery");

    /** Only a ramble or a paste of note fragments is allowed to differ from its twin by far more than this. */
    private static final Set<String> UNMATCHED_MODES = Set.of("rambling", "fragments");

    @Test
    void should_hold_at_least_56_distinct_complete_pairs_when_the_file_is_read() {
        // given / when / then
        THIRD.holdsDistinctCompletePairs(56, "x\\d{3}");
    }

    @Test
    void should_hold_four_pairs_of_every_type_and_two_of_every_failure_mode_when_grouped() {
        // given / when / then
        THIRD.coversEveryTypeAndMode();
        THIRD.holdsAtLeastPerTypeAndMode(4, mode -> COMMON_MODES.contains(mode) ? 5L : 2L);
    }

    @Test
    void should_length_match_at_least_46_pairs_when_the_flags_are_recomputed() {
        // given
        List<JudgedTriple> pairs = THIRD.pairs();

        // when
        List<String> unmatchedWithoutReason = pairs.stream()
                .filter(t -> !JudgementSetChecks.withinTolerance(t) && !UNMATCHED_MODES.contains(t.failureMode()))
                .map(JudgedTriple::id).toList();

        // then
        THIRD.lengthMatches(size -> 46);
        assertThat(unmatchedWithoutReason).as("unmatched pairs that are neither a ramble nor fragments").isEmpty();
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given
        List<JudgedTriple> pairs = THIRD.pairs();

        // when
        List<String> strongOutside = pairs.stream().filter(t -> t.strongWords() < 80 || t.strongWords() > 250)
                .map(t -> t.id() + " (" + t.strongWords() + " words)").toList();
        List<String> weakOutside = pairs.stream().filter(t -> !UNMATCHED_MODES.contains(t.failureMode()))
                .filter(t -> t.weakWords() < 80 || t.weakWords() > 250)
                .map(t -> t.id() + " (" + t.weakWords() + " words)").toList();
        List<String> shortRambles = pairs.stream().filter(t -> t.failureMode().equals("rambling"))
                .filter(t -> t.weakWords() <= 250).map(JudgedTriple::id).toList();

        // then
        assertThat(strongOutside).as("strong answers outside 80–250 words").isEmpty();
        assertThat(weakOutside).as("weak answers outside 80–250 words").isEmpty();
        assertThat(shortRambles).as("rambles no longer than a strong answer may be").isEmpty();
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        THIRD.tellsNoStarWordStoriesWithoutTheLabels(5);
    }

    @Test
    void should_share_no_question_or_answer_with_the_other_two_sets_when_compared() {
        // given
        List<JudgedTriple> earlier =
                Stream.concat(JudgementSet.triples().stream(), TripleFile.read(TripleFile.HOLDOUT).stream()).toList();

        // when / then
        THIRD.sharesNoQuestionOrAnswerWith(earlier);
    }
}
