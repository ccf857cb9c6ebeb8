package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntToLongFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shape every held-out judgement set must have, checked on one set's file: complete pairs with unique ids and
 * questions, every question type and failure mode, length-matched flags that agree with the word counts, star-less
 * stories that really are star-less, and no text shared with the sets before it. Each set's test names its file and
 * its own numbers; the checks read the data, never the coach.
 */
final class JudgementSetChecks {

    static final Set<String> QUESTION_TYPES = Set.of(
            "behavioural", "closing", "conceptual", "conflict", "first-months", "mistake", "motivation",
            "reason-for-leaving", "self-introduction", "stakeholder", "strengths", "system-design", "weakness",
            "working-style");

    static final Set<String> FAILURE_MODES = Set.of(
            "flattery", "buzzwords", "tool-list", "generic", "no-star-words", "implausible-figures", "rambling",
            "hedging", "we-only", "off-topic", "fragments", "fake-weakness", "dodge", "badmouthing", "blame",
            "no-questions");

    /** Modes that only make sense for some question types: a dodge where a mistake or weakness is asked for, and so on. */
    static final Map<String, Set<String>> TYPES_OF_MODE = Map.of(
            "dodge", Set.of("mistake", "weakness"),
            "fake-weakness", Set.of("weakness"),
            "badmouthing", Set.of("reason-for-leaving"),
            "blame", Set.of("conflict", "mistake"),
            "no-questions", Set.of("closing"));

    /** The fields of every row of the later sets: seven texts and one boolean. */
    static final Set<String> FIELDS = Set.of(
            "id", "type", "question", "weak", "strong", "lengthMatched", "failureMode", "notes");

    /** Only a ramble or a paste of note fragments may differ from its twin by far more than the tolerance. */
    static final Set<String> UNMATCHED_MODES = Set.of("rambling", "fragments");

    /** A pair is length-matched when the weak answer is within this share of the strong one's words. */
    private static final double LENGTH_TOLERANCE = 0.15;

    private static final Pattern STAR_CUE =
            Pattern.compile("\\b(situation|task|action|result|results|as a result)\\b", Pattern.CASE_INSENSITIVE);

    private final Path file;

    JudgementSetChecks(Path file) {
        this.file = file;
    }

    /** The set's pairs, read afresh: no check depends on another's reading. */
    List<JudgedTriple> pairs() {
        return TripleFile.read(file);
    }

    /** At least {@code least} pairs, ids unique and matching {@code idPattern}, questions unique, no field blank. */
    void holdsDistinctCompletePairs(int least, String idPattern) {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        List<String> ids = pairs.stream().map(JudgedTriple::id).toList();

        // then
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(least);
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches(idPattern));
        assertThat(pairs).extracting(JudgedTriple::question).doesNotHaveDuplicates();
        assertThat(pairs).allSatisfy(t -> {
            assertThat(t.question()).as(t.id()).isNotBlank();
            assertThat(t.strong()).as(t.id()).isNotBlank();
            assertThat(t.weak()).as(t.id()).isNotBlank().isNotEqualTo(t.strong());
            assertThat(t.notes()).as(t.id()).isNotBlank().doesNotContain("\n");
        });
    }

    /** Every question type and every failure mode, and nothing else. */
    void coversEveryTypeAndMode() {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        Set<String> types = pairs.stream().map(JudgedTriple::type).collect(Collectors.toSet());
        Set<String> modes = pairs.stream().map(JudgedTriple::failureMode).collect(Collectors.toSet());

        // then
        assertThat(types).isEqualTo(QUESTION_TYPES);
        assertThat(modes).isEqualTo(FAILURE_MODES);
    }

    /**
     * A set of a few types: exactly {@code types}, all known to the other sets; only known failure modes, the
     * {@code commonModes} among them; and at least {@code leastTechnical} pairs of the {@code technicalTypes}.
     */
    void holdsOnlyItsTypes(Set<String> types, Set<String> technicalTypes, long leastTechnical, Set<String> commonModes) {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        Map<String, Long> found = count(pairs, JudgedTriple::type);
        Set<String> modes = pairs.stream().map(JudgedTriple::failureMode).collect(java.util.stream.Collectors.toSet());
        long technical = pairs.stream().filter(t -> technicalTypes.contains(t.type())).count();

        // then
        assertThat(found.keySet()).as("question types").isEqualTo(types);
        assertThat(QUESTION_TYPES).as("types the other sets know").containsAll(types);
        assertThat(modes).as("failure modes").isSubsetOf(FAILURE_MODES).containsAll(commonModes);
        assertThat(technical).as("pairs of " + technicalTypes).isGreaterThanOrEqualTo(leastTechnical);
    }

    /** At least {@code leastPerType} pairs of each type there is, and of each mode what {@code leastPerMode} asks. */
    void holdsAtLeastPerTypeAndMode(long leastPerType, ToLongFunction<String> leastPerMode) {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        Map<String, Long> types = count(pairs, JudgedTriple::type);
        Map<String, Long> modes = count(pairs, JudgedTriple::failureMode);

        // then
        assertThat(types).allSatisfy((type, n) -> assertThat(n).as(type).isGreaterThanOrEqualTo(leastPerType));
        assertThat(modes).allSatisfy((mode, n) ->
                assertThat(n).as(mode).isGreaterThanOrEqualTo(leastPerMode.applyAsLong(mode)));
    }

    /**
     * Every pair's lengthMatched flag agrees with its word counts and with the benchmark's looser rule, and at least
     * {@code leastMatched} of the set's size are length-matched.
     */
    void lengthMatches(IntToLongFunction leastMatched) {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        long matched = pairs.stream().filter(JudgementSetChecks::withinTolerance).count();
        List<String> wrongFlag = pairs.stream().filter(t -> t.lengthMatchedFlag() != withinTolerance(t))
                .map(t -> t.id() + " (weak " + t.weakWords() + " words, strong " + t.strongWords() + ")").toList();
        // the benchmark reports "length-matched" by the first set's looser rule; the two must agree on this set
        List<String> rulesDisagree = pairs.stream().filter(t -> t.lengthMatched() != withinTolerance(t))
                .map(JudgedTriple::id).toList();

        // then
        assertThat(wrongFlag).as("lengthMatched flag disagrees with the word counts").isEmpty();
        assertThat(rulesDisagree).as("the ±15% rule and the benchmark's 25% rule disagree").isEmpty();
        assertThat(matched).isGreaterThanOrEqualTo(leastMatched.applyAsLong(pairs.size()));
    }

    /** Every row is one JSON object with exactly {@link #FIELDS}, seven of them text and lengthMatched a boolean. */
    void holdsExactlyItsFields() {
        // given
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows;
        try {
            rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return json.readTree(l);
                } catch (IOException e) {
                    throw new IllegalStateException(file + ": " + e.getMessage(), e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // when
        List<String> wrongShape = rows.stream().filter(n -> !fieldNames(n).equals(FIELDS)
                        || !n.path("lengthMatched").isBoolean()
                        || FIELDS.stream().filter(f -> !f.equals("lengthMatched")).anyMatch(f -> !n.path(f).isTextual()))
                .map(n -> n.path("id").asText("?")).toList();

        // then
        assertThat(rows).isNotEmpty();
        assertThat(wrongShape).as("rows without exactly the eight fields, typed as text and one boolean").isEmpty();
    }

    /** As {@link #lengthMatches}, and every pair outside the tolerance is a ramble or a paste of fragments. */
    void lengthMatchesExceptRamblesAndFragments(long leastMatched) {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        List<String> unmatchedWithoutReason = pairs.stream()
                .filter(t -> !withinTolerance(t) && !UNMATCHED_MODES.contains(t.failureMode()))
                .map(JudgedTriple::id).toList();

        // then
        lengthMatches(size -> leastMatched);
        assertThat(unmatchedWithoutReason).as("unmatched pairs that are neither a ramble nor fragments").isEmpty();
    }

    /** Every type-bound failure mode is asked only of a question type it fits (see {@link #TYPES_OF_MODE}). */
    void asksTypeBoundModesOnlyOfTheirTypes() {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        List<String> misplaced = pairs.stream()
                .filter(t -> TYPES_OF_MODE.containsKey(t.failureMode()))
                .filter(t -> !TYPES_OF_MODE.get(t.failureMode()).contains(t.type()))
                .map(t -> t.id() + " " + t.failureMode() + " on " + t.type()).toList();

        // then
        assertThat(misplaced).as("failure modes asked of a question type they do not fit").isEmpty();
    }

    /**
     * Strong answers, and weak ones that are neither a ramble nor fragments, between {@code fewest} and {@code most}
     * words; every ramble over {@code rambleOver} words and every paste of fragments under {@code fragmentsUnder}.
     */
    void keepsAnswersBetween(int fewest, int most, int rambleOver, int fragmentsUnder) {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        List<String> strongOutside = pairs.stream()
                .filter(t -> t.strongWords() < fewest || t.strongWords() > most)
                .map(t -> t.id() + " (strong " + t.strongWords() + " words)").toList();
        List<String> weakOutside = pairs.stream()
                .filter(t -> !UNMATCHED_MODES.contains(t.failureMode()))
                .filter(t -> t.weakWords() < fewest || t.weakWords() > most)
                .map(t -> t.id() + " (weak " + t.weakWords() + " words)").toList();
        List<String> wrongRambles = pairs.stream().filter(t -> t.failureMode().equals("rambling"))
                .filter(t -> t.weakWords() <= rambleOver).map(JudgedTriple::id).toList();
        List<String> wrongFragments = pairs.stream().filter(t -> t.failureMode().equals("fragments"))
                .filter(t -> t.weakWords() >= fragmentsUnder).map(JudgedTriple::id).toList();

        // then
        assertThat(strongOutside).as("strong answers outside " + fewest + "–" + most + " words").isEmpty();
        assertThat(weakOutside).as("weak answers outside " + fewest + "–" + most + " words").isEmpty();
        assertThat(wrongRambles).as("rambles of " + rambleOver + " words or fewer").isEmpty();
        assertThat(wrongFragments).as("fragments of " + fragmentsUnder + " words or more").isEmpty();
    }

    /**
     * Answers as long as one says them: strong behavioural stories 150–300 words and every other strong answer
     * 80–250, weak answers 80–300 except rambles and fragments, and a ramble over 250 words and longer than its twin.
     */
    void keepsAnswersToASpokenLength() {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        List<String> strongOutside = pairs.stream().filter(t -> !spokenLength(t.type(), t.strongWords()))
                .map(t -> t.id() + " " + t.type() + " (" + t.strongWords() + " words)").toList();
        List<String> weakOutside = pairs.stream().filter(t -> !UNMATCHED_MODES.contains(t.failureMode()))
                .filter(t -> t.weakWords() < 80 || t.weakWords() > 300)
                .map(t -> t.id() + " (" + t.weakWords() + " words)").toList();
        List<String> shortRambles = pairs.stream().filter(t -> t.failureMode().equals("rambling"))
                .filter(t -> t.weakWords() <= 250 || t.weakWords() <= t.strongWords()).map(JudgedTriple::id).toList();

        // then
        assertThat(strongOutside).as("strong answers outside their spoken length").isEmpty();
        assertThat(weakOutside).as("weak answers outside 80–300 words").isEmpty();
        assertThat(shortRambles).as("rambles no longer than a strong answer may be").isEmpty();
    }

    /** At least {@code least} no-star-words pairs, whose strong answers use no STAR cue word and weak twins do. */
    void tellsNoStarWordStoriesWithoutTheLabels(int least) {
        // given
        List<JudgedTriple> starless = pairs().stream().filter(t -> t.failureMode().equals("no-star-words")).toList();

        // when
        List<String> labelledStrong = starless.stream().filter(t -> STAR_CUE.matcher(t.strong()).find())
                .map(JudgedTriple::id).toList();
        List<String> unlabelledWeak = starless.stream().filter(t -> !STAR_CUE.matcher(t.weak()).find())
                .map(JudgedTriple::id).toList();

        // then
        assertThat(starless).hasSizeGreaterThanOrEqualTo(least);
        assertThat(labelledStrong).as("strong answers using STAR cue words").isEmpty();
        assertThat(unlabelledWeak).as("weak twins without STAR cue words").isEmpty();
    }

    /** No question or answer of this set stands in {@code earlier}, the sets written before it. */
    void sharesNoQuestionOrAnswerWith(Collection<JudgedTriple> earlier) {
        // given
        Set<String> before = earlier.stream().flatMap(JudgementSetChecks::texts).collect(Collectors.toSet());

        // when
        List<String> shared = pairs().stream().flatMap(JudgementSetChecks::texts).filter(before::contains).toList();

        // then
        assertThat(shared).isEmpty();
    }

    /** Notes of a pair whose weak answer makes a confident technical mistake start with this. */
    static final String TECHNICAL_MISTAKE = "technical mistake:";
    /** A confident technical mistake is filed under one of these modes. */
    static final Set<String> MODES_OF_TECHNICAL_MISTAKES = Set.of("buzzwords", "generic");

    /**
     * Exactly {@code count} pairs make a confident technical mistake, each filed under buzzwords or generic, with notes
     * that say so first and nowhere else.
     */
    void filesTechnicalMistakes(int count) {
        // given
        List<JudgedTriple> pairs = pairs();

        // when
        List<JudgedTriple> mistakes = pairs.stream().filter(t -> t.notes().startsWith(TECHNICAL_MISTAKE)).toList();
        List<String> misfiled = mistakes.stream()
                .filter(t -> !MODES_OF_TECHNICAL_MISTAKES.contains(t.failureMode()))
                .map(t -> t.id() + " " + t.failureMode()).toList();
        List<String> named = pairs.stream().filter(t -> t.notes().contains(TECHNICAL_MISTAKE))
                .filter(t -> !t.notes().startsWith(TECHNICAL_MISTAKE)).map(JudgedTriple::id).toList();

        // then
        assertThat(mistakes).as("pairs whose weak answer makes a confident technical mistake").hasSize(count);
        assertThat(misfiled).as("technical mistakes filed outside buzzwords and generic").isEmpty();
        assertThat(named).as("notes naming a technical mistake anywhere but at their start").isEmpty();
    }

    /** In about half the length-matched pairs the weak answer is the longer one, so length cannot tell them apart. */
    void makesTheWeakAnswerTheLongerIn(int fewest, int most) {
        // given
        List<JudgedTriple> matched = pairs().stream().filter(JudgementSetChecks::withinTolerance).toList();

        // when
        long weakLonger = matched.stream().filter(t -> t.weakWords() > t.strongWords()).count();

        // then
        assertThat(weakLonger).as("length-matched pairs whose weak answer is the longer").isBetween((long) fewest, (long) most);
    }

    static boolean withinTolerance(JudgedTriple t) {
        return Math.abs(t.weakWords() - t.strongWords()) <= LENGTH_TOLERANCE * t.strongWords();
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

    private static Stream<String> texts(JudgedTriple t) {
        return Stream.of(t.question(), t.weak(), t.strong());
    }

    private static Map<String, Long> count(List<JudgedTriple> pairs, Function<JudgedTriple, String> key) {
        return pairs.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
