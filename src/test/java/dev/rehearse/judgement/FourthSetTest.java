package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the fourth judgement set, written blind to the coach and to the three earlier sets so that a round of rule
 * changes allowed to look at the third set can still be measured honestly. It checks the data (shape, coverage,
 * length matching, spoken length, the no-STAR-words stories, independence from the other sets), never the coach.
 *
 * <p>Self-contained on purpose: it reads every file itself, so it does not move when the shared readers of the other
 * sets are refactored.
 */
class FourthSetTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources");
    private static final Path FOURTH = RESOURCES.resolve(Path.of("judgement-fourth", "triples.jsonl"));
    private static final List<Path> EARLIER_SETS = List.of(
            RESOURCES.resolve(Path.of("judgement", "triples.jsonl")),
            RESOURCES.resolve(Path.of("judgement-holdout", "triples.jsonl")),
            RESOURCES.resolve(Path.of("judgement-third", "triples.jsonl")));

    private static final Set<String> FIELDS = Set.of(
            "id", "type", "question", "weak", "strong", "lengthMatched", "failureMode", "notes");

    private static final Set<String> QUESTION_TYPES = Set.of(
            "behavioural", "closing", "conceptual", "conflict", "first-months", "mistake", "motivation",
            "reason-for-leaving", "self-introduction", "stakeholder", "strengths", "system-design", "weakness",
            "working-style");

    private static final Set<String> FAILURE_MODES = Set.of(
            "flattery", "buzzwords", "generic", "tool-list", "no-star-words", "we-only", "hedging", "rambling",
            "fragments", "implausible-figures", "off-topic", "no-questions", "badmouthing", "blame", "dodge",
            "fake-weakness");

    /** The modes keyword scorers fall for most often, so the set holds more of them. */
    private static final Set<String> COMMON_MODES = Set.of("no-star-words", "generic", "tool-list", "flattery");

    /** Only a ramble or a paste of note fragments may differ from its twin by far more than the tolerance. */
    private static final Set<String> UNMATCHED_MODES = Set.of("rambling", "fragments");

    /** A pair is length-matched when the weak answer is within this share of the strong one's word count. */
    private static final double LENGTH_TOLERANCE = 0.15;

    /** The looser rule the benchmark reports by: the shorter answer within this share of the longer one. */
    private static final double BENCHMARK_TOLERANCE = 0.25;

    private static final Pattern STAR_CUE =
            Pattern.compile("\\b(situation|task|action|result|results|as a result)\\b", Pattern.CASE_INSENSITIVE);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_hold_at_least_56_distinct_complete_pairs_when_the_file_is_read() {
        // given
        List<JsonNode> rows = rows(FOURTH);

        // when
        List<String> wrongShape = rows.stream().filter(n -> !fieldNames(n).equals(FIELDS) || !n.get("lengthMatched")
                        .isBoolean() || FIELDS.stream().filter(f -> !f.equals("lengthMatched"))
                        .anyMatch(f -> !n.get(f).isTextual()))
                .map(n -> n.path("id").asText("?")).toList();
        List<Pair> pairs = pairs(FOURTH);

        // then
        assertThat(wrongShape).as("rows without exactly the eight fields, typed as text and one boolean").isEmpty();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(56);
        assertThat(pairs).extracting(Pair::id).doesNotHaveDuplicates().allMatch(id -> id.matches("f\\d{3}"));
        assertThat(pairs).extracting(Pair::question).doesNotHaveDuplicates();
        assertThat(pairs).allSatisfy(p -> {
            assertThat(p.question()).as(p.id()).isNotBlank();
            assertThat(p.strong()).as(p.id()).isNotBlank();
            assertThat(p.weak()).as(p.id()).isNotBlank().isNotEqualTo(p.strong());
            assertThat(p.notes()).as(p.id()).isNotBlank().doesNotContain("\n");
        });
    }

    @Test
    void should_hold_four_pairs_of_every_type_and_enough_of_every_failure_mode_when_grouped() {
        // given
        List<Pair> pairs = pairs(FOURTH);

        // when
        Map<String, Long> types = count(pairs, Pair::type);
        Map<String, Long> modes = count(pairs, Pair::failureMode);

        // then
        assertThat(types.keySet()).isEqualTo(QUESTION_TYPES);
        assertThat(types).allSatisfy((type, n) -> assertThat(n).as(type).isGreaterThanOrEqualTo(4));
        assertThat(modes.keySet()).isEqualTo(FAILURE_MODES);
        assertThat(modes).allSatisfy((mode, n) ->
                assertThat(n).as(mode).isGreaterThanOrEqualTo(COMMON_MODES.contains(mode) ? 5L : 2L));
    }

    @Test
    void should_length_match_at_least_46_pairs_when_the_flags_are_recomputed() {
        // given
        List<Pair> pairs = pairs(FOURTH);

        // when
        long matched = pairs.stream().filter(FourthSetTest::withinTolerance).count();
        List<String> wrongFlag = pairs.stream().filter(p -> p.lengthMatched() != withinTolerance(p))
                .map(p -> p.id() + " (weak " + p.weakWords() + " words, strong " + p.strongWords() + ")").toList();
        List<String> unmatchedWithoutReason = pairs.stream()
                .filter(p -> !withinTolerance(p) && !UNMATCHED_MODES.contains(p.failureMode()))
                .map(Pair::id).toList();
        List<String> rulesDisagree = pairs.stream().filter(p -> withinBenchmarkRule(p) != withinTolerance(p))
                .map(Pair::id).toList();

        // then
        assertThat(wrongFlag).as("lengthMatched flag disagrees with the word counts").isEmpty();
        assertThat(unmatchedWithoutReason).as("unmatched pairs that are neither a ramble nor fragments").isEmpty();
        assertThat(rulesDisagree).as("the ±15% rule and the benchmark's 25% rule disagree").isEmpty();
        assertThat(matched).isGreaterThanOrEqualTo(46);
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given
        List<Pair> pairs = pairs(FOURTH);

        // when
        List<String> strongOutside = pairs.stream().filter(p -> !spokenLength(p.type(), p.strongWords()))
                .map(p -> p.id() + " " + p.type() + " (" + p.strongWords() + " words)").toList();
        List<String> weakOutside = pairs.stream().filter(p -> !UNMATCHED_MODES.contains(p.failureMode()))
                .filter(p -> p.weakWords() < 80 || p.weakWords() > 300)
                .map(p -> p.id() + " (" + p.weakWords() + " words)").toList();
        List<String> shortRambles = pairs.stream().filter(p -> p.failureMode().equals("rambling"))
                .filter(p -> p.weakWords() <= 250).map(Pair::id).toList();

        // then
        assertThat(strongOutside).as("strong answers outside their spoken length").isEmpty();
        assertThat(weakOutside).as("weak answers outside 80–300 words").isEmpty();
        assertThat(shortRambles).as("rambles no longer than a strong answer may be").isEmpty();
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given
        List<Pair> starless = pairs(FOURTH).stream().filter(p -> p.failureMode().equals("no-star-words")).toList();

        // when
        List<String> labelledStrong = starless.stream().filter(p -> STAR_CUE.matcher(p.strong()).find())
                .map(Pair::id).toList();
        List<String> unlabelledWeak = starless.stream().filter(p -> !STAR_CUE.matcher(p.weak()).find())
                .map(Pair::id).toList();

        // then
        assertThat(starless).hasSizeGreaterThanOrEqualTo(5);
        assertThat(labelledStrong).as("strong answers using STAR cue words").isEmpty();
        assertThat(unlabelledWeak).as("weak twins without STAR cue words").isEmpty();
    }

    @Test
    void should_share_no_question_or_answer_with_the_three_earlier_sets_when_compared() {
        // given
        Set<String> earlier = new HashSet<>();
        EARLIER_SETS.forEach(file -> rows(file).forEach(n -> Stream.of("question", "weak", "strong")
                .map(n::get).filter(v -> v != null && v.isTextual()).forEach(v -> earlier.add(v.asText()))));

        // when
        List<String> shared = pairs(FOURTH).stream()
                .flatMap(p -> Stream.of(p.question(), p.weak(), p.strong()).filter(earlier::contains)
                        .map(text -> p.id() + ": " + text))
                .toList();

        // then
        assertThat(earlier).as("texts read from the earlier sets").hasSizeGreaterThan(100);
        assertThat(shared).isEmpty();
    }

    /** Behavioural stories get the full one to two spoken minutes; every other answer stays a little shorter. */
    private static boolean spokenLength(String type, int words) {
        return type.equals("behavioural") ? words >= 150 && words <= 300 : words >= 80 && words <= 250;
    }

    private static boolean withinTolerance(Pair p) {
        return Math.abs(p.weakWords() - p.strongWords()) <= LENGTH_TOLERANCE * p.strongWords();
    }

    private static boolean withinBenchmarkRule(Pair p) {
        return Math.abs(p.weakWords() - p.strongWords())
                <= BENCHMARK_TOLERANCE * Math.max(p.weakWords(), p.strongWords());
    }

    private static Map<String, Long> count(List<Pair> pairs, Function<Pair, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Pair> pairs(Path file) {
        return rows(file).stream().map(n -> new Pair(n.path("id").asText(), n.path("type").asText(),
                n.path("question").asText(), n.path("weak").asText(), n.path("strong").asText(),
                n.path("lengthMatched").asBoolean(), n.path("failureMode").asText(), n.path("notes").asText()))
                .toList();
    }

    private static List<JsonNode> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("triples file " + file + " cannot be read", e);
        }
        List<JsonNode> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(lines.get(i));
                if (!node.isObject()) {
                    throw new IllegalStateException("not a JSON object");
                }
                rows.add(node);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** One weak/strong pair as the file holds it; {@code lengthMatched} is the stored flag, recomputed by the test. */
    private record Pair(String id, String type, String question, String weak, String strong, boolean lengthMatched,
            String failureMode, String notes) {

        int weakWords() {
            return words(weak);
        }

        int strongWords() {
            return words(strong);
        }
    }
}
