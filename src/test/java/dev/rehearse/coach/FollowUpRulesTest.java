package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.FollowUpsReport;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.testing.BundledKnowledge;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The follow-up rules on the bundled notes and research, through the coach. */
@Tag("integration")
class FollowUpRulesTest {

    private static final String DESIGN_QUESTION = "Walk me through a data system you designed end to end, including the key decisions.";
    /** The notes' PayPal story without its trade-off sentence. */
    private static final String PAYPAL_NO_TRADE_OFF = "I rebuilt the PayPal ingestion pipeline for payments reporting. The API only "
            + "allowed single-day extraction, so I split it into a daily ingestion pipeline and a separate weekly aggregation "
            + "pipeline. Failed days can be retried on their own. Finance now trusts the payments table.";

    private final Coach coach = new Coach(CoachFixtures.analyzer(), BundledKnowledge.index());

    @Test
    void should_probe_the_paypal_answer_for_retries_or_backfills_and_its_own_trade_off() {
        // given: the PayPal answer exactly as the notes write it, asked its own question
        PracticeQuestion paypal = CoachFixtures.notesQuestion("Can you walk me through a data system");

        // when
        List<FollowUp> f = coach.followUps(paypal.question(), paypal.answer()).followUps();

        // then
        assertThat(f).hasSizeBetween(FollowUpGenerator.MIN, FollowUpGenerator.MAX);
        assertThat(f).filteredOn(x -> x.origin().equals("probe"))
                .anySatisfy(x -> assertThat(x.question()).containsAnyOf("re-run", "backfill"));
        assertThat(f).anySatisfy(x -> assertThat(x.question()).contains("slightly more orchestration complexity"));
    }

    @Test
    void should_bring_the_notes_trade_off_when_the_draft_leaves_it_out_and_prepare_from_the_notes_answer() {
        // when
        List<FollowUp> f = coach.followUps(DESIGN_QUESTION, PAYPAL_NO_TRADE_OFF).followUps();

        // then
        assertThat(f).filteredOn(x -> x.origin().equals("notes")).singleElement().satisfies(x -> {
            assertThat(x.why()).contains("slightly more orchestration complexity");
            assertThat(x.prepareFrom().startLine()).isEqualTo(69);
        });
        assertThat(f).filteredOn(x -> x.origin().equals("probe")).anySatisfy(x -> {
            assertThat(x.question()).contains("\"").contains("retried");
            assertThat(x.prepareFrom().startLine()).isEqualTo(69);
        });
    }

    @Test
    void should_probe_the_interviewers_stated_priority_when_the_answer_ignores_it_and_point_at_their_words() {
        // given
        String question = "What would success look like for you in your first six months?";
        String ignores = "In the first six months I'd want to get to know the team, learn the tools and start contributing.";
        String picksUp = "You said success means becoming the subject matter expert for the infrastructure, with a lot of reverse "
                + "engineering, then picking one or two areas to generate results with tangible action. That is my plan.";

        // when
        List<FollowUp> ignored = coach.followUps(question, ignores).followUps();
        List<FollowUp> pickedUp = coach.followUps(question, picksUp).followUps();

        // then
        assertThat(ignored.get(0)).satisfies(x -> {
            assertThat(x.origin()).isEqualTo("interviewer");
            assertThat(x.question()).contains("reverse engineering");
            assertThat(x.prepareFrom().kind()).isEqualTo("interviewer-said");
        });
        assertThat(pickedUp).extracting(FollowUp::origin).doesNotContain("interviewer");
    }

    @Test
    void should_never_ask_about_a_number_from_the_question_or_a_name_from_the_research() {
        // given: "six months" comes from the question, "Qualtrics" and "Medallia" from the research's connectors
        String question = "What would success look like for you in your first six months?";
        String draft = "By six months I'd own the Qualtrics and Medallia connectors and have shipped one improvement to them.";

        // when
        List<FollowUp> f = coach.followUps(question, draft).followUps();

        // then
        assertThat(f).extracting(FollowUp::question)
                .noneMatch(q -> q.contains("Where does the number \"six months\""))
                .noneMatch(q -> q.startsWith("Why Qualtrics") || q.startsWith("Why Medallia"));
    }

    @Test
    void should_not_ask_what_went_wrong_after_an_answer_about_what_went_wrong() {
        // given
        String question = "Tell me about a time you improved a pipeline.";
        String success = "I rebuilt the ingestion pipeline myself and chose incremental loads. Failures dropped from 12 a month to 2.";
        String setback = "I changed a column type without checking who read it. A finance dashboard broke the next morning; it was my "
                + "mistake. I rolled it back within the hour and now check lineage before changing shared columns.";

        // when
        List<String> afterSuccess = coach.followUps(question, success).followUps().stream().map(FollowUp::question).toList();
        List<String> afterSetback = coach.followUps(question, setback).followUps().stream().map(FollowUp::question).toList();

        // then
        assertThat(afterSuccess).contains("What went wrong along the way, and how did you handle it?");
        assertThat(afterSetback).noneMatch(q -> q.contains("went wrong along the way"));
    }

    @Test
    void should_ask_no_generic_apply_question_and_tie_own_work_only_to_a_quoted_research_fact() {
        // given: a weakness answer (not transferable work) and a story about idempotent reloads
        String weakness = "My weakness is that I sometimes take on too much myself. I now ask for help earlier.";
        String story = "I made our support log loads idempotent: every record carries a key, so a load sent twice is upserted, "
                + "not duplicated, and a failed load can simply be re-sent.";

        // when
        List<FollowUp> fromWeakness = coach.followUps("What is your biggest weakness?", weakness).followUps();
        List<FollowUp> fromStory = coach.followUps("Tell me about a time you made a pipeline safe to re-run.", story).followUps();

        // then
        assertThat(fromWeakness).extracting(FollowUp::question).noneMatch(q -> q.contains("apply this at") || q.contains("carry over"));
        assertThat(fromStory).extracting(FollowUp::question).noneMatch(q -> q.startsWith("How would you apply"));
        assertThat(fromStory).filteredOn(x -> x.origin().equals("company")).allSatisfy(x -> {
            assertThat(x.question()).startsWith("At TheyDo, \"");
            assertThat(x.prepareFrom().kind()).isEqualTo("research");
        });
    }

    @Test
    void should_rank_three_to_six_questions_with_one_per_topic_and_no_near_duplicates() {
        // when
        FollowUpsReport r = coach.followUps(DESIGN_QUESTION, PAYPAL_NO_TRADE_OFF);

        // then
        assertThat(r.followUps()).hasSizeBetween(FollowUpGenerator.MIN, FollowUpGenerator.MAX);
        assertThat(r.followUps()).extracting(FollowUp::rank).isSorted().doesNotHaveDuplicates();
        assertThat(r.followUps()).extracting(FollowUp::question).doesNotHaveDuplicates();
    }

    @Test
    void should_prepare_a_company_question_from_the_research() {
        // given: a motivation answer with nothing about the company
        Critique c = coach.critique("What's motivating you to explore new opportunities right now?", "I want a new challenge.");

        // then
        assertThat(c.followUps()).filteredOn(x -> x.question().startsWith("What do you know about what we do"))
                .allSatisfy(x -> assertThat(x.prepareFrom().kind()).isEqualTo("research"));
    }
}
