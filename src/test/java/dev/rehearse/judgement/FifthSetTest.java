package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the fifth judgement set, written blind to the coach and to the four earlier sets so that a round of rule
 * changes allowed to look at the fourth set can still be measured honestly. It checks the data (shape, coverage,
 * length matching, spoken length, the no-STAR-words stories, independence from the other sets), never the coach.
 */
class FifthSetTest {

    private static final Path FILE = Path.of("src", "test", "resources", "judgement-fifth", "triples.jsonl");
    private static final Path THIRD_FILE = Path.of("src", "test", "resources", "judgement-third", "triples.jsonl");
    private static final Path FOURTH_FILE = Path.of("src", "test", "resources", "judgement-fourth", "triples.jsonl");
    private static final JudgementSetChecks FIFTH = new JudgementSetChecks(FILE);

    private static final Set<String> FIELDS = Set.of(
            "id", "type", "question", "weak", "strong", "lengthMatched", "failureMode", "notes");

    /** The modes keyword scorers fall for most often, so the set holds more of them. */
    private static final Set<String> COMMON_MODES = Set.of("no-star-words", "generic", "tool-list", "flattery");

    /** Only a ramble or a paste of note fragments may differ from its twin by far more than the tolerance. */
    private static final Set<String> UNMATCHED_MODES = Set.of("rambling", "fragments");

    @Test
    void should_hold_at_least_60_distinct_complete_pairs_when_the_file_is_read() throws IOException {
        // given
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> {
                    try {
                        return json.readTree(l);
                    } catch (IOException e) {
                        throw new IllegalStateException(FILE + ": " + e.getMessage(), e);
                    }
                }).toList();

        // when
        List<String> wrongShape = rows.stream().filter(n -> !fieldNames(n).equals(FIELDS)
                        || !n.get("lengthMatched").isBoolean()
                        || FIELDS.stream().filter(f -> !f.equals("lengthMatched")).anyMatch(f -> !n.get(f).isTextual()))
                .map(n -> n.path("id").asText("?")).toList();

        // then
        assertThat(wrongShape).as("rows without exactly the eight fields, typed as text and one boolean").isEmpty();
        FIFTH.holdsDistinctCompletePairs(60, "v\\d{3}");
    }

    @Test
    void should_hold_four_pairs_of_every_type_and_enough_of_every_failure_mode_when_grouped() {
        // given / when / then
        FIFTH.coversEveryTypeAndMode();
        FIFTH.holdsAtLeastPerTypeAndMode(4, mode -> COMMON_MODES.contains(mode) ? 5L : 2L);
    }

    @Test
    void should_length_match_at_least_48_pairs_when_the_flags_are_recomputed() {
        // given
        List<JudgedTriple> pairs = FIFTH.pairs();

        // when
        List<String> unmatchedWithoutReason = pairs.stream()
                .filter(t -> !JudgementSetChecks.withinTolerance(t) && !UNMATCHED_MODES.contains(t.failureMode()))
                .map(JudgedTriple::id).toList();

        // then
        FIFTH.lengthMatches(size -> 48);
        assertThat(unmatchedWithoutReason).as("unmatched pairs that are neither a ramble nor fragments").isEmpty();
    }

    @Test
    void should_keep_answers_to_a_spoken_length_when_counted() {
        // given
        List<JudgedTriple> pairs = FIFTH.pairs();

        // when
        List<String> strongOutside = pairs.stream().filter(t -> !spokenLength(t.type(), t.strongWords()))
                .map(t -> t.id() + " " + t.type() + " (" + t.strongWords() + " words)").toList();
        List<String> weakOutside = pairs.stream().filter(t -> !UNMATCHED_MODES.contains(t.failureMode()))
                .filter(t -> t.weakWords() < 80 || t.weakWords() > 300)
                .map(t -> t.id() + " (" + t.weakWords() + " words)").toList();
        List<String> shortRambles = pairs.stream().filter(t -> t.failureMode().equals("rambling"))
                .filter(t -> t.weakWords() <= 250).map(JudgedTriple::id).toList();

        // then
        assertThat(strongOutside).as("strong answers outside their spoken length").isEmpty();
        assertThat(weakOutside).as("weak answers outside 80–300 words").isEmpty();
        assertThat(shortRambles).as("rambles no longer than a strong answer may be").isEmpty();
    }

    @Test
    void should_tell_no_star_word_stories_without_the_labels_when_the_weak_twin_has_them() {
        // given / when / then
        FIFTH.tellsNoStarWordStoriesWithoutTheLabels(5);
    }

    @Test
    void should_share_no_question_or_answer_with_the_four_earlier_sets_when_compared() {
        // given
        List<JudgedTriple> earlier = Stream.of(JudgementSet.triples(), TripleFile.read(TripleFile.HOLDOUT),
                TripleFile.read(THIRD_FILE), TripleFile.read(FOURTH_FILE)).flatMap(List::stream).toList();

        // when / then
        assertThat(earlier).as("pairs read from the earlier sets").hasSizeGreaterThan(150);
        FIFTH.sharesNoQuestionOrAnswerWith(earlier);
    }

    /** Behavioural stories get the full one to two spoken minutes; every other answer stays a little shorter. */
    private static boolean spokenLength(String type, int words) {
        return type.equals("behavioural") ? words >= 150 && words <= 300 : words >= 80 && words <= 250;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
