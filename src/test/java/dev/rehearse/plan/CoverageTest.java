package dev.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The coverage map of the bundled notes, read with the real embedding model. */
@Tag("integration")
class CoverageTest {

    private static Coverage coverage;

    @BeforeAll
    static void build() {
        KnowledgeBase notes = PlanModel.bundled();
        List<Story> stories = new StoryBankBuilder(PlanModel.finder()).build(notes).stories();
        List<LikelyQuestion> questions = LikelyQuestions.of(notes, q -> q.toLowerCase().contains("walk me through"));
        coverage = new CoverageBuilder(PlanModel.finder()).build(questions, stories);
        coverage.rows().forEach(r -> System.out.println(r.question().origin() + " | " + r.question().text() + " -> "
                + r.matches().stream().map(m -> m.storyTitle() + "=" + m.strength()).toList()));
    }

    @Test
    void should_list_conflict_and_failure_as_gaps_when_the_notes_hold_no_such_story() {
        // given the bundled notes: a pipeline rebuild and a way of working, no disagreement and no failure

        // when
        List<String> gaps = coverage.gaps().stream().map(g -> g.question().id()).toList();

        // then
        assertThat(gaps).contains("standard:conflict", "standard:failure");
        assertThat(coverage.gaps()).filteredOn(g -> g.question().id().equals("standard:conflict"))
                .singleElement().satisfies(g -> assertThat(g.wanted()).contains("disagreement"));
    }

    @Test
    void should_map_the_interviewers_communication_and_ownership_to_the_stories_that_show_them() {
        // given the interviewer's replies in the notes: "communication", "sense of ownership"

        // when
        Coverage.Row communication = row("communication");
        Coverage.Row ownership = row("sense of ownership");

        // then
        assertThat(communication.question().origin()).isEqualTo("interviewer");
        assertThat(communication.best()).isGreaterThanOrEqualTo(CoverageBuilder.PARTIAL);
        assertThat(communication.matches().get(0).storyTitle()).contains("GoPuff");
        assertThat(ownership.best()).isGreaterThanOrEqualTo(CoverageBuilder.PARTIAL);
        assertThat(coverage.gaps()).extracting(g -> g.question().text()).doesNotContain("communication", "sense of ownership");
    }

    @Test
    void should_name_the_stories_to_lead_with_when_they_answer_several_questions() {
        // given the bundled notes

        // when
        List<Coverage.Strongest> strongest = coverage.strongest();

        // then
        assertThat(strongest).isNotEmpty();
        assertThat(strongest.get(0).questionsAnswered()).isGreaterThanOrEqualTo(2);
        assertThat(strongest).extracting(Coverage.Strongest::storyTitle).anyMatch(t -> t.contains("PayPal") || t.contains("GoPuff"));
    }

    private static Coverage.Row row(String text) {
        return coverage.rows().stream().filter(r -> r.question().text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no likely question " + text));
    }
}
