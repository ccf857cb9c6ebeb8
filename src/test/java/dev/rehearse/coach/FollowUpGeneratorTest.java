package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Finding;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.testing.BundledKnowledge;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The follow-up generator: near-duplicates removed, questions from the pattern bank, and questions that
 * probe the numbers and changes the draft claims. On the real bundled knowledge through the coach, or
 * on the generator itself where a test must hold the company or the pattern bank fixed.
 */
@Tag("integration")
class FollowUpGeneratorTest {

    private static final String QUESTION = "Tell me about a time you improved a pipeline.";
    /** Behavioural, with a trade-off, a before → after result and a lesson: no gap-driven pattern fires. */
    private static final String MEASURED = "I rebuilt the ingestion pipeline myself and I chose incremental loads instead of a full reload. "
            + "As a result, failures dropped from 12 a month to 2. Next time I would write the tests first.";
    /** Behavioural, with nothing a claim or a domain probe could quote. */
    private static final String PLAIN = "I made the pipeline better for the team and everyone was pleased. I learned to ask earlier.";

    private final Coach coach = new Coach(CoachFixtures.analyzer(), BundledKnowledge.index());

    @Test
    void should_ask_no_generic_apply_question_with_or_without_a_company() {
        // given: the same analysis, once with the company of the bundled knowledge and once with none
        DraftAnalysis a = CoachFixtures.analyzer().analyze(QUESTION, MEASURED, CoachFixtures.vocabulary(), false);
        CompanyTie withCompany = coach.tie(QUESTION, MEASURED);
        CompanyTie noCompany = new CompanyTie("", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, "");
        FollowUpGenerator generator = new FollowUpGenerator();

        // when
        List<FollowUp> without = generator.generate(a, noCompany, List.of(), Set.of());
        List<FollowUp> with = generator.generate(a, withCompany, List.of(), Set.of());

        // then: "how would you apply this (at the company)?" is asked of neither; a company question needs a research fact
        assertThat(withCompany.company()).isEqualTo("TheyDo");
        assertThat(without).extracting(FollowUp::question).noneMatch(q -> q.startsWith("How would you apply"));
        assertThat(with).extracting(FollowUp::question).noneMatch(q -> q.startsWith("How would you apply"));
        assertThat(with).extracting(FollowUp::origin).doesNotContain("company");
    }

    @Test
    void should_drop_a_question_whose_words_nearly_repeat_a_higher_ranked_one_even_under_another_topic() {
        // given: a bank whose first two questions differ in topic but not in wording
        FollowUpGenerator generator = new FollowUpGenerator(RuleFile.load("follow-up-patterns-near-duplicates.txt"));
        DraftAnalysis plain = CoachFixtures.analyzer().analyze(QUESTION, PLAIN, CoachFixtures.vocabulary(), false);
        CompanyTie noCompany = new CompanyTie("", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, "");

        // when
        List<FollowUp> f = generator.generate(plain, noCompany, List.of(), Set.of());

        // then
        assertThat(f).extracting(FollowUp::question)
                .containsExactly("What did you learn from this project?", "What went wrong, and how did you handle it?");
        assertThat(f).extracting(FollowUp::rank).containsExactly(1, 2);
    }

    @Test
    void should_ask_the_pattern_banks_questions_for_the_question_type() {
        // given: a behavioural story with nothing to quote, and an abstract conceptual answer
        String conceptual = "A good data model is simple and clear.";

        // when
        Critique behavioural = coach.critique(QUESTION, PLAIN);
        Critique concept = coach.critique("What makes a good data model?", conceptual);

        // then: the behavioural bank's "always" question, with the bank's reason and nothing in the draft behind it
        assertThat(behavioural.followUps()).filteredOn(f -> f.origin().equals("pattern")).anySatisfy(f -> {
            assertThat(f.question()).isEqualTo("What went wrong along the way, and how did you handle it?");
            assertThat(f.why()).isEqualTo("Interviewers test a success story by asking about its setbacks.");
            assertThat(f.basedOn()).isEmpty();
            assertThat(f.prepareFrom()).isNotNull();
        });
        // and the conceptual bank's: its gap question first, quoting the claim the answer opened with
        assertThat(concept.question().type().wireName()).isEqualTo("conceptual");
        assertThat(concept.followUps().get(0)).satisfies(f -> {
            assertThat(f.question()).isEqualTo("You said \"A good data model is simple and clear\". Can you give an example from your own work?");
            assertThat(f.origin()).isEqualTo("gap");
            assertThat(f.basedOn()).containsExactly("gap-example");
        });
        assertThat(concept.followUps()).extracting(FollowUp::question).doesNotContain("What went wrong along the way, and how did you handle it?");
    }

    @Test
    void should_probe_a_claimed_before_and_after_change_for_how_it_was_measured() {
        // when
        Critique c = coach.critique(QUESTION, MEASURED);

        // then
        assertThat(c.evidence().changes()).hasSize(1);
        Finding change = c.evidence().changes().get(0);
        assertThat(change.span().text()).isEqualTo("from 12 a month to 2");
        assertThat(c.followUps()).filteredOn(f -> f.basedOn().contains(change.id())).singleElement().satisfies(f -> {
            assertThat(f.question()).isEqualTo("How did you measure \"from 12 a month to 2\", and over what period?");
            assertThat(f.origin()).isEqualTo("claim");
            assertThat(f.why()).startsWith("The draft claims a change");
        });
        // the change is measured once: neither its numbers nor the missing-result gap add another "measure" question
        assertThat(c.followUps()).filteredOn(f -> f.question().contains("measure")).hasSize(1);
        assertThat(c.followUps()).extracting(FollowUp::question).noneMatch(q -> q.startsWith("Where does the number"));
    }

    @Test
    void should_ask_where_a_claimed_number_comes_from_when_there_is_no_change() {
        // given
        String draft = "I rebuilt our ingestion pipeline. It handled 40 million rows a day. I learned to involve analysts earlier.";

        // when
        Critique c = coach.critique(QUESTION, draft);

        // then
        assertThat(c.evidence().changes()).isEmpty();
        Finding number = c.evidence().quantities().get(0);
        assertThat(number.span().text()).isEqualTo("40 million");
        assertThat(c.followUps()).filteredOn(f -> f.origin().equals("claim")).singleElement().satisfies(f -> {
            assertThat(f.question()).isEqualTo("Where does the number \"40 million\" come from?");
            assertThat(f.basedOn()).containsExactly(number.id());
            assertThat(f.why()).isEqualTo("A number invites a check on its source.");
        });
        // the story has no result, so the gap question outranks the claim
        assertThat(c.followUps().get(0).question()).isEqualTo("How did it end, and what changed because of it?");
    }
}
