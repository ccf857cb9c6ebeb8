package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the holdout judgement set (the weak/strong pairs nobody tunes on): its size, its coverage of every question
 * type and failure mode, its share of length-matched pairs, and its independence from the tuning set. It checks the
 * data, not the coach; the coach is measured on it by JudgementBenchmark.
 */
class HoldoutSetTest {

    private static final Set<String> QUESTION_TYPES = Set.of(
            "behavioural", "closing", "conceptual", "conflict", "first-months", "mistake", "motivation",
            "reason-for-leaving", "self-introduction", "stakeholder", "strengths", "system-design", "weakness",
            "working-style");

    private static final Set<String> FAILURE_MODES = Set.of(
            "flattery", "buzzwords", "tool-list", "generic", "no-star-words", "implausible-figures", "rambling",
            "hedging", "we-only", "off-topic", "fragments", "fake-weakness", "dodge", "badmouthing", "blame",
            "no-questions");

    /** Held-out pairs are length-matched when the weak answer is within this share of the strong one's words. */
    private static final double LENGTH_TOLERANCE = 0.15;

    private static final Pattern STAR_CUE =
            Pattern.compile("\\b(situation|task|action|result|results|as a result)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void should_hold_at_least_48_distinct_complete_pairs_when_the_file_is_read() {
        // given
        List<JudgedTriple> pairs = TripleFile.read(TripleFile.HOLDOUT);

        // when
        List<String> ids = pairs.stream().map(JudgedTriple::id).toList();

        // then
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(48);
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("h\\d{3}"));
        assertThat(pairs).extracting(JudgedTriple::question).doesNotHaveDuplicates();
        assertThat(pairs).allSatisfy(t -> {
            assertThat(t.question()).as(t.id()).isNotBlank();
            assertThat(t.strong()).as(t.id()).isNotBlank();
            assertThat(t.weak()).as(t.id()).isNotBlank().isNotEqualTo(t.strong());
            assertThat(t.notes()).as(t.id()).isNotBlank().doesNotContain("\n");
        });
    }

    @Test
    void should_cover_every_question_type_and_failure_mode_when_grouped() {
        // given
        List<JudgedTriple> pairs = TripleFile.read(TripleFile.HOLDOUT);

        // when
        Set<String> types = pairs.stream().map(JudgedTriple::type).collect(Collectors.toSet());
        Set<String> modes = pairs.stream().map(JudgedTriple::failureMode).collect(Collectors.toSet());

        // then
        assertThat(types).isEqualTo(QUESTION_TYPES);
        assertThat(modes).isEqualTo(FAILURE_MODES);
    }

    @Test
    void should_length_match_at_least_two_thirds_when_the_flags_are_recomputed() {
        // given
        List<JudgedTriple> pairs = TripleFile.read(TripleFile.HOLDOUT);

        // when
        long matched = pairs.stream().filter(HoldoutSetTest::withinTolerance).count();
        List<String> wrongFlag = pairs.stream().filter(t -> t.lengthMatchedFlag() != withinTolerance(t))
                .map(t -> t.id() + " (weak " + t.weakWords() + " words, strong " + t.strongWords() + ")").toList();
        // the benchmark reports "length-matched" by the first set's looser rule; the two must agree on this set
        List<String> rulesDisagree = pairs.stream().filter(t -> t.lengthMatched() != withinTolerance(t))
                .map(JudgedTriple::id).toList();

        // then
        assertThat(wrongFlag).as("lengthMatched flag disagrees with the word counts").isEmpty();
        assertThat(rulesDisagree).as("the ±15% rule and the benchmark's 25% rule disagree").isEmpty();
        assertThat(matched * 3).isGreaterThanOrEqualTo(2L * pairs.size());
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given
        List<JudgedTriple> starless = TripleFile.read(TripleFile.HOLDOUT).stream()
                .filter(t -> t.failureMode().equals("no-star-words")).toList();

        // when
        List<String> labelledStrong = starless.stream().filter(t -> STAR_CUE.matcher(t.strong()).find())
                .map(JudgedTriple::id).toList();
        List<String> unlabelledWeak = starless.stream().filter(t -> !STAR_CUE.matcher(t.weak()).find())
                .map(JudgedTriple::id).toList();

        // then
        assertThat(starless).hasSizeGreaterThanOrEqualTo(2);
        assertThat(labelledStrong).as("strong answers using STAR cue words").isEmpty();
        assertThat(unlabelledWeak).as("weak twins without STAR cue words").isEmpty();
    }

    @Test
    void should_share_no_question_or_answer_with_the_tuning_set_when_compared() {
        // given
        Set<String> tuning = JudgementSet.triples().stream()
                .flatMap(t -> Stream.of(t.question(), t.weak(), t.strong())).collect(Collectors.toSet());

        // when
        List<String> shared = TripleFile.read(TripleFile.HOLDOUT).stream()
                .flatMap(t -> Stream.of(t.question(), t.weak(), t.strong())).filter(tuning::contains).toList();

        // then
        assertThat(shared).isEmpty();
    }

    private static boolean withinTolerance(JudgedTriple t) {
        return Math.abs(t.weakWords() - t.strongWords()) <= LENGTH_TOLERANCE * t.strongWords();
    }
}
