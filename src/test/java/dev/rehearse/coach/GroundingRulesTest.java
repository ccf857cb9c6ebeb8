package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Grounding;
import dev.rehearse.coach.report.MissingFact;
import dev.rehearse.testing.BundledKnowledge;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Grounding follows the question: its own notes answer, the interviewer's replies to it, the prepared questions. */
@Tag("integration")
class GroundingRulesTest {

    private final Coach coach = new Coach(CoachFixtures.analyzer(), BundledKnowledge.index());

    @Test
    void should_ground_why_theydo_in_the_notes_why_theydo_specifically_answer() {
        // when
        Grounding g = coach.critique("Why TheyDo?", "I like the product and the people seem great.").grounding();

        // then
        assertThat(g.notesAnswer()).isNotNull();
        assertThat(g.notesAnswer().question()).startsWith("Why TheyDo specifically?");
    }

    @Test
    void should_take_left_out_facts_only_from_the_same_question() {
        // given: the notes' remote-work answer names GoPuff; the PayPal story is another question's
        String draft = "I'm comfortable working async: I agree outcomes first, plan my own week and over-communicate progress.";

        // when
        Grounding g = coach.critique("We're a fully remote team with a lot of autonomy. How do you work without much structure?", draft)
                .grounding();

        // then
        assertThat(g.missingFacts()).extracting(MissingFact::text).noneMatch(t -> t.contains("PayPal") || t.contains("six months"));
        assertThat(g.missingFacts()).allSatisfy(f -> assertThat(f.passage().startLine()).isBetween(44, 48));
    }

    @Test
    void should_point_a_first_months_answer_at_the_interviewers_words_despite_the_notes_typo() {
        // given
        String question = "What would success look like for you in your first six months?";
        String ignores = "I'd get to know the team and the tools, and start contributing quickly.";
        String paraphrases = "You said the role needs a subject matter expert for the infrastructure, with a lot of reverse engineering, "
                + "and to pick one or two of those to generate results with tangible action.";

        // when
        Grounding missing = coach.critique(question, ignores).grounding();
        Grounding reflected = coach.critique(question, paraphrases).grounding();

        // then
        assertThat(missing.missingFacts()).filteredOn(f -> f.kind().equals("interviewer")).singleElement()
                .satisfies(f -> assertThat(f.text()).contains("infrstrastucture"));
        assertThat(reflected.missingFacts()).extracting(MissingFact::kind).doesNotContain("interviewer");
    }

    @Test
    void should_point_a_closing_answer_with_no_questions_at_the_questions_the_candidate_prepared() {
        // when
        Grounding g = coach.critique("Do you have any questions for me?", "No, you covered everything, thank you.").grounding();

        // then
        assertThat(g.missingFacts()).filteredOn(f -> f.kind().equals("question-to-ask")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.passage().kind()).isEqualTo("question-to-ask"));
    }
}
