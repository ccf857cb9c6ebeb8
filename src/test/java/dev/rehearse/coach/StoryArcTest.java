package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.PartReport;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.report.StructureReport;
import dev.rehearse.coach.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A story's structure points come from its arc, as its sentences tell it, not from a fixed share of each part. */
class StoryArcTest {

    private static final List<String> PARTS = List.of("situation", "task", "action", "result", "reflection");

    /** A story of (part, words, text) sentences, each sentence one part, in order. */
    private static StructureReport story(Object... sentences) {
        List<SentenceRole> roles = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < sentences.length; i += 3) {
            String part = (String) sentences[i];
            String text = (String) sentences[i + 2];
            roles.add(new SentenceRole("sentence-" + roles.size(), roles.size(), new Span(at, at + text.length(), text),
                    (Integer) sentences[i + 1], part.isEmpty() ? List.of() : List.of(part)));
            at += text.length() + 1;
        }
        List<PartReport> parts = new ArrayList<>();
        for (String part : PARTS) {
            List<Integer> idx = roles.stream().filter(r -> r.parts().contains(part)).map(SentenceRole::index).toList();
            int words = roles.stream().filter(r -> r.parts().contains(part)).mapToInt(SentenceRole::words).sum();
            parts.add(new PartReport(part, !idx.isEmpty(), idx, words, 0, "", ""));
        }
        return new StructureReport(StructureAnalyzer.STAR, true, roles, parts, List.of());
    }

    private static int points(StructureReport s, int words) {
        return StoryArc.criteria(s, words, part -> List.of()).stream().mapToInt(ScoreReason::points).sum();
    }

    @Test
    void should_give_full_marks_to_a_tight_story_whose_set_up_carries_the_problem_when_it_ends_on_its_result() {
        // given: the set-up is 42% of the answer, more than the action, yet less than the action and result together
        StructureReport s = story(
                "situation", 37, "One of our nightly loads used to fall over about three times a month.",
                "action", 31, "I pulled the extract out into its own step.",
                "result", 20, "For the whole of the next quarter it didn't fall over once.");

        // when
        int points = points(s, 88);

        // then
        assertThat(points).isEqualTo(4);
    }

    @Test
    void should_withhold_the_set_up_point_when_the_set_up_outweighs_what_was_done_and_what_came_of_it() {
        // given
        StructureReport s = story(
                "situation", 60, "The situation was that our pipelines had a lot of operational issues.",
                "task", 20, "My task was to reduce them.",
                "action", 25, "The actions I took were to analyse the failures.",
                "result", 15, "As a result, issues were reduced.");

        // when
        List<ScoreReason> reasons = StoryArc.criteria(s, 120, part -> List.of());

        // then
        assertThat(reasons.get(0).points()).isZero();
        assertThat(reasons.get(0).reason()).contains("outweighs");
    }

    @Test
    void should_withhold_the_action_point_when_no_action_sentence_says_what_the_candidate_did() {
        // given
        StructureReport s = story(
                "situation", 10, "Our feed failed every week.",
                "action", 10, "The team split the load into daily runs.",
                "result", 10, "It has not failed since.");

        // when
        List<ScoreReason> reasons = StoryArc.criteria(s, 30, part -> List.of());

        // then
        assertThat(reasons.get(1).points()).isZero();
        assertThat(reasons.get(1).reason()).contains("\"I …\"");
    }

    @Test
    void should_withhold_the_ending_point_when_the_story_stops_on_an_action() {
        // given
        StructureReport s = story(
                "situation", 10, "Finance asked for weekly numbers.",
                "action", 10, "I sat with the analyst.",
                "result", 10, "That answered most questions.",
                "action", 10, "I built to that grain.");

        // when
        List<ScoreReason> reasons = StoryArc.criteria(s, 40, part -> List.of());

        // then
        assertThat(reasons.get(2).points()).isEqualTo(1);
        assertThat(reasons.get(3).points()).isZero();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "So I went back with what they needed and offered two tables. | true",
            "I split the job in two, and the weekly load then read from the daily one. | true",
            "We lined up their rows, then I wrote the definition down with them. | true",
            "I wanted to build it properly. | false",
            "I made sure to stay collaborative and focused on the business impact. | false",
            "They asked me for a wide table. | false"})
    void should_tell_a_deed_told_in_the_first_person_from_a_feeling_a_stock_phrase_or_someone_else_acting(String sentence, boolean deed) {
        // when / then
        assertThat(dev.rehearse.coach.roles.ClassifiedParts.deed(sentence)).isEqualTo(deed);
    }
}
