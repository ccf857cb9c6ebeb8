package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Guards the size and shape of the judgement set, so the material the coach is measured on cannot silently shrink
 * or lose a question type, a failure mode or a sentence role.
 */
class JudgementSetTest {

    private static final Set<String> QUESTION_TYPES = Set.of(
            "behavioural", "motivation", "conceptual", "system-design", "self-introduction", "closing", "weakness",
            "mistake", "conflict", "reason-for-leaving", "strengths", "first-months", "stakeholder");

    private static final Set<String> FAILURE_MODES = Set.of(
            "flattery", "buzzwords", "tool-list", "generic", "no-star-words", "dodge", "fake-weakness", "badmouthing",
            "blame", "no-questions", "fragments", "implausible-figures", "rambling", "off-topic", "we-only", "hedging");

    private static final Set<String> ROLES = Set.of(
            "situation", "task", "action", "result", "reflection", "claim", "example", "filler", "company-fact");

    private static final Set<String> INVENTION_KINDS = Set.of(
            "number", "percentage", "money", "duration", "duration-unit", "system", "employer", "title",
            "research-figure");

    /** The words a keyword scorer looks for when it decides a story has a STAR shape. */
    private static final Pattern STAR_CUE =
            Pattern.compile("\\b(situation|task|action|result|results|as a result)\\b", Pattern.CASE_INSENSITIVE);

    private static final Path NOTES = Path.of("knowledge", "candidate", "theydo-data-engineer-notes.txt");

    @Test
    void should_hold_at_least_96_distinct_triples_across_every_question_type() {
        // given
        List<JudgedTriple> triples = JudgementSet.triples();

        // when
        Map<String, Long> perType = countBy(triples, JudgedTriple::type);

        // then
        assertThat(triples).hasSizeGreaterThanOrEqualTo(96);
        assertThat(triples).extracting(JudgedTriple::id).doesNotHaveDuplicates();
        assertThat(triples).extracting(JudgedTriple::question).doesNotHaveDuplicates();
        assertThat(perType.keySet()).hasSizeGreaterThanOrEqualTo(12).containsAll(QUESTION_TYPES);
        assertThat(triples).allSatisfy(t -> {
            assertThat(t.weak()).as(t.id()).isNotBlank().isNotEqualTo(t.strong());
            assertThat(t.strong()).as(t.id()).isNotBlank();
            assertThat(t.notes()).as(t.id()).isNotBlank().doesNotContain("\n");
        });
    }

    @Test
    void should_have_at_least_48_length_matched_pairs_when_counted_from_the_texts() {
        // given
        List<JudgedTriple> triples = JudgementSet.triples();

        // when
        long matched = triples.stream().filter(JudgedTriple::lengthMatched).count();

        // then: the count is computed from word counts, and the stored flag must agree with it
        assertThat(matched).isGreaterThanOrEqualTo(48);
        assertThat(triples).allSatisfy(t ->
                assertThat(t.lengthMatchedFlag()).as(t.id() + " lengthMatched flag").isEqualTo(t.lengthMatched()));
    }

    @Test
    void should_vary_strong_answer_length_within_what_can_be_said_aloud() {
        // given
        List<JudgedTriple> triples = JudgementSet.triples();

        // when
        List<Integer> strongWords = triples.stream().map(JudgedTriple::strongWords).sorted().toList();

        // then
        assertThat(strongWords).allSatisfy(w -> assertThat(w).isBetween(30, 320));
        assertThat(strongWords.get(strongWords.size() - 1)).isGreaterThanOrEqualTo(200);
        assertThat(triples).allSatisfy(t -> assertThat(t.weakWords()).as(t.id()).isBetween(30, 320));
    }

    @Test
    void should_cover_every_failure_mode_at_least_four_times() {
        // given
        List<JudgedTriple> triples = JudgementSet.triples();

        // when
        Map<String, Long> perMode = countBy(triples, JudgedTriple::failureMode);

        // then
        assertThat(FAILURE_MODES).allSatisfy(mode ->
                assertThat(perMode.getOrDefault(mode, 0L)).as(mode).isGreaterThanOrEqualTo(4));
    }

    @Test
    void should_tell_at_least_12_strong_stories_without_star_cue_words() {
        // given
        List<JudgedTriple> noStar = JudgementSet.triples().stream()
                .filter(t -> t.failureMode().equals("no-star-words"))
                .toList();

        // then: the strong story has no cue word, and its weak twin is the one that leans on them
        assertThat(noStar).hasSizeGreaterThanOrEqualTo(12);
        assertThat(noStar).allSatisfy(t -> {
            assertThat(STAR_CUE.matcher(t.strong()).find()).as(t.id() + " strong").isFalse();
            assertThat(STAR_CUE.matcher(t.weak()).find()).as(t.id() + " weak").isTrue();
        });
    }

    @Test
    void should_label_at_least_35_sentences_per_role_with_about_a_fifth_held_out() {
        // given
        List<LabelledSentence> sentences = JudgementSet.sentences();

        // when
        Map<String, Long> perRole = countBy(sentences, LabelledSentence::role);
        Map<String, Long> heldOutPerRole = countBy(
                sentences.stream().filter(LabelledSentence::heldOut).toList(), LabelledSentence::role);
        double heldOutShare = (double) heldOutPerRole.values().stream().mapToLong(Long::longValue).sum()
                / sentences.size();

        // then
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(480);
        assertThat(sentences).extracting(s -> s.text().strip().toLowerCase(Locale.ROOT)).doesNotHaveDuplicates();
        assertThat(sentences).extracting(LabelledSentence::split).containsOnly("train", "heldout");
        assertThat(perRole.keySet()).isEqualTo(ROLES);
        assertThat(perRole.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(35));
        assertThat(heldOutShare).isBetween(0.15, 0.25);
        assertThat(ROLES).allSatisfy(role ->
                assertThat(heldOutPerRole.getOrDefault(role, 0L)).as(role).isGreaterThanOrEqualTo(7));
    }

    @Test
    void should_plant_at_least_48_inventions_and_48_legitimate_reuses() throws IOException {
        // given
        List<PlantedInvention> all = JudgementSet.inventions();
        String notes = Files.readString(NOTES).toLowerCase(Locale.ROOT);

        // when
        List<PlantedInvention> inventions = all.stream().filter(PlantedInvention::isInvention).toList();
        List<PlantedInvention> reuses = all.stream().filter(p -> !p.isInvention()).toList();

        // then
        assertThat(all).extracting(PlantedInvention::id).doesNotHaveDuplicates();
        assertThat(inventions).hasSizeGreaterThanOrEqualTo(48);
        assertThat(reuses).hasSizeGreaterThanOrEqualTo(48);
        assertThat(countBy(inventions, PlantedInvention::kind).keySet()).containsAll(INVENTION_KINDS);
        // each invention is really in the output and really absent from what could support it
        assertThat(inventions).allSatisfy(p -> {
            String invented = p.invented().toLowerCase(Locale.ROOT);
            assertThat(p.output().toLowerCase(Locale.ROOT)).as(p.id()).contains(invented);
            assertThat(p.draft().toLowerCase(Locale.ROOT)).as(p.id() + " draft").doesNotContain(invented);
            assertThat(notes).as(p.id() + " notes").doesNotContain(invented);
        });
        assertThat(reuses).allSatisfy(p -> {
            assertThat(p.kind()).as(p.id()).startsWith("reuse-");
            assertThat(p.draft()).as(p.id()).isNotBlank();
        });
    }

    private static <T> Map<String, Long> countBy(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
