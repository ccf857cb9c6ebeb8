package dev.rehearse.coach;

import static dev.rehearse.coach.CoachFixtures.assertSpansQuoteDraft;
import static dev.rehearse.coach.CoachFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.ChangeFinding;
import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.LengthVerdict;
import dev.rehearse.coach.report.NumberFinding;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.report.ScoreReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written (question, draft) pairs across the types, each with the findings it must produce. */
class GoldenDraftsTest {

    /** The strong story's figures are the candidate's own, so their notes state them (CoachFixtures.STORY_NOTES). */
    private final DraftAnalyzer analyzer = CoachFixtures.analyzerWithStoryNotes();

    static final String PIPELINE_QUESTION = "Tell me about a time you improved a slow data pipeline.";

    static final String STRONG_STORY = "Last year at Gopuff our nightly orders pipeline took 4 hours and often missed the 7am reporting deadline. "
            + "I was asked to get it under an hour without new infrastructure. "
            + "I profiled each stage in Airflow and found that one full-table join in Snowflake took 70% of the runtime. "
            + "I rewrote it as an incremental dbt model keyed on order date, so each run only read the last two days of data. "
            + "I also split the monolithic DAG into three tasks so a failure could be retried on its own instead of rerunning everything. "
            + "The trade-off was more moving parts to monitor, so I added row-count checks and a Slack alert for each task. "
            + "As a result the runtime went from 4 hours to 20 minutes, and we have not missed the deadline in six months. "
            + "Compute costs fell by 30%. "
            + "What I learned is to measure before redesigning: the join was a small part of the code but most of the cost.";

    static final String WEAK_STORY = "We had a pipeline that was kind of slow and there were a lot of issues with it. "
            + "We looked at various things and the team made some changes to the stuff that was causing problems. "
            + "In the end things were a lot better and everyone was happy with it.";

    @Test
    void should_find_every_star_part_and_the_before_after_in_a_strong_story() {
        // when
        DraftAnalysis a = analyzer.analyze(PIPELINE_QUESTION, STRONG_STORY);

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.BEHAVIOURAL);
        assertThat(a.structure().framework()).isEqualTo("star");
        assertThat(a.structure().gaps()).isEmpty();
        assertThat(a.structure().part("situation").sentences()).containsExactly(0);
        assertThat(a.structure().part("task").sentences()).containsExactly(1);
        assertThat(a.structure().part("reflection").sentences()).containsExactly(8);
        assertThat(a.structure().part("action").share()).isGreaterThanOrEqualTo(0.4);
        assertThat(a.evidence().changes()).extracting(ChangeFinding::form, ChangeFinding::before, ChangeFinding::after)
                .contains(org.assertj.core.groups.Tuple.tuple("from-to", "4 hours", "20 minutes"));
        assertThat(a.evidence().changes()).extracting(c -> c.span().text()).contains("fell by 30%");
        assertThat(a.evidence().distinctNames()).contains("Gopuff", "Airflow", "Snowflake", "dbt", "Slack");
        assertThat(a.ownership().iCount()).isGreaterThan(a.ownership().weCount());
        assertThat(a.ownership().unclear()).isEmpty();
        assertThat(a.delivery().length()).isEqualTo(LengthVerdict.WITHIN_TARGET);
        assertThat(a.scores().score(Dimension.SUBSTANCE)).isEqualTo(5);
        assertThat(a.scores().score(Dimension.STRUCTURE)).isEqualTo(5);
        assertThat(a.scores().overall()).isGreaterThanOrEqualTo(4.0);
        assertThat(a.scores().verdict()).isEqualTo("strong");
        assertSpansQuoteDraft(a, STRONG_STORY);
    }

    @Test
    void should_flag_we_vague_words_and_the_missing_result_in_a_weak_story() {
        // when
        DraftAnalysis a = analyzer.analyze(PIPELINE_QUESTION, WEAK_STORY);

        // then
        assertThat(a.ownership().iCount()).isZero();
        assertThat(a.ownership().weCount()).isEqualTo(2);
        assertThat(a.ownership().unclear()).extracting(f -> f.span().text())
                .contains("We looked at various things and the team made some changes to the stuff that was causing problems.");
        assertThat(texts(a.evidence().vague())).contains("a lot of", "various", "things", "stuff", "better");
        PhraseFinding various = a.evidence().vague().stream().filter(v -> v.span().text().equals("various")).findFirst().orElseThrow();
        assertThat(various.span().start()).isEqualTo(WEAK_STORY.indexOf("various"));
        assertThat(texts(a.delivery().hedges())).contains("kind of");
        assertThat(a.structure().gaps()).extracting(Gap::id).contains("gap-reflection");
        assertThat(a.evidence().numbers()).isEmpty();
        assertThat(a.delivery().length()).isEqualTo(LengthVerdict.FAR_TOO_SHORT);
        assertThat(a.scores().score(Dimension.SUBSTANCE)).isEqualTo(1);
        assertThat(a.scores().score(Dimension.CREDIBILITY)).isLessThanOrEqualTo(2);
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.0);
        assertThat(a.scores().verdict()).isIn("weak", "developing");
    }

    @Test
    void should_flag_hedges_and_fillers_but_not_like_as_a_verb_or_preposition() {
        // given
        String q = "How do you handle feedback on your code?";
        String d = "I think I basically just, like, take it on board, you know. "
                + "I like working with reviewers who are direct, and tools like GitHub make it kind of easy to actually discuss each comment. "
                + "Honestly I sort of see every review as a chance to learn.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.WORKING_STYLE);
        assertThat(texts(a.delivery().hedges())).containsExactly("I think", "kind of", "sort of");
        assertThat(texts(a.delivery().fillers())).containsExactly("basically", "just", "like", "you know", "actually", "Honestly");
        int fillerLike = d.indexOf("like,");
        assertThat(a.delivery().fillers()).filteredOn(f -> f.span().text().equals("like"))
                .singleElement().satisfies(f -> assertThat(f.span().start()).isEqualTo(fillerLike));
        ScoreReason direct = a.scores().of(Dimension.DELIVERY).reasons().get(1);
        assertThat(direct.points()).isZero();
        assertThat(direct.evidence()).contains("hedge-1", "filler-1");
    }

    @Test
    void should_report_a_too_long_answer_with_its_speaking_time() {
        // given: the strong story told three times over, with more detail
        String d = STRONG_STORY + " " + STRONG_STORY.replace("Last year", "Before that, in my first month,") + " " + STRONG_STORY.replace("Gopuff", "the same team");

        // when
        DraftAnalysis a = analyzer.analyze(PIPELINE_QUESTION, d);

        // then
        int words = a.delivery().wordCount();
        assertThat(words).isGreaterThan(450);
        assertThat(a.delivery().length()).isEqualTo(LengthVerdict.FAR_TOO_LONG);
        assertThat(a.delivery().speakingSeconds()).isEqualTo(Math.round(words * 60f / 140));
        assertThat(a.scores().of(Dimension.DELIVERY).reasons().get(0).points()).isZero();
        assertThat(a.scores().of(Dimension.DELIVERY).reasons().get(0).reason()).startsWith("Far off the target length");
    }

    @Test
    void should_say_there_is_no_company_tie_in_a_generic_motivation_answer() {
        // given
        String q = "Why do you want to join us?";
        String d = "I'm looking for a role where I can grow and learn new technologies. "
                + "I enjoy working with data and solving problems, and I think this would be a great next step for my career. "
                + "I've built pipelines for four years and I want to keep doing that in a good team.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.MOTIVATION);
        assertThat(a.structure().gaps()).extracting(Gap::id).containsExactly("gap-company");
        assertThat(a.relevance().companyMentions()).isEmpty();
        assertThat(a.scores().of(Dimension.RELEVANCE).reasons()).extracting(ScoreReason::reason)
                .contains("No tie to the company: name it or one of its themes");
        assertThat(a.evidence().quantities()).extracting(NumberFinding::value, NumberFinding::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("four", "years"));
    }

    @Test
    void should_find_company_personal_and_fit_in_a_strong_motivation_answer() {
        // given
        String q = "Why TheyDo specifically?";
        String d = "TheyDo turns customer journeys into structured data that enterprises use to prioritise opportunities, "
                + "and that data layer is where I want to work. "
                + "I'm motivated by problems where the model of the data decides what the product can do. "
                + "For the last three years I've owned pipelines end to end at PayPal, including an ingestion redesign "
                + "that made our payments reporting trusted by finance. "
                + "That experience with messy sources and strict reporting is what I'd bring to connecting journeys to metrics like NPS and CSAT.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.structure().gaps()).isEmpty();
        assertThat(a.structure().part("company").sentences()).contains(0);
        assertThat(a.structure().part("personal").present()).isTrue();
        assertThat(a.structure().part("fit").present()).isTrue();
        assertThat(texts(a.relevance().companyMentions())).contains("TheyDo");
        assertThat(a.scores().of(Dimension.RELEVANCE).reasons()).extracting(ScoreReason::reason)
                .anyMatch(r -> r.startsWith("Ties to the company (TheyDo, "));
        assertThat(a.relevance().companyThemes()).contains("customer journeys", "opportunities and prioritisation", "customer metrics");
    }

    @Test
    void should_treat_pasted_html_as_text_and_leave_it_out_of_the_analysis() {
        // given
        String q = "Tell me about a pipeline you built.";
        String d = "<p>I <b>built</b> a daily ingestion pipeline in <i>Airflow</i> that loaded 2 million rows a day.</p>"
                + "<p>It cut report delays from 3 days to 4 hours.</p><script>alert(1)</script>";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(texts(a.markup())).containsExactly("<p>", "<b>", "</b>", "<i>", "</i>", "</p>", "<p>", "</p>", "<script>alert(1)</script>");
        assertThat(a.markup()).allSatisfy(m -> assertThat(m.kind()).isEqualTo(FindingKind.MARKUP));
        // tags are masked, and so is the code of a script element: the text between other tags is the candidate's
        assertThat(a.delivery().wordCount()).isEqualTo(25);
        assertThat(a.evidence().numbers()).extracting(n -> n.span().text()).containsExactly("2 million", "3 days", "4 hours");
        assertThat(a.evidence().distinctNames()).containsExactly("Airflow");
        assertThat(a.evidence().changes()).extracting(ChangeFinding::before, ChangeFinding::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3 days", "4 hours"));
        assertThat(a.structure().sentences()).hasSize(2);
        assertSpansQuoteDraft(a, d);
    }

    @Test
    void should_find_claim_principles_and_example_in_a_strong_conceptual_answer() {
        // given
        String q = "What makes a good data model?";
        String d = "A good data model makes the business questions easy to answer and hard to get wrong. "
                + "First, it fixes the grain of every table, so one row always means one thing, such as one order line. "
                + "Second, it separates facts, the events you measure, from dimensions, the context you describe them with. "
                + "Third, it uses stable surrogate keys so history survives when source systems change. "
                + "For example, at PayPal I modelled payments as a fact table at transaction grain with a payment-type dimension, "
                + "which let finance compare payment types without double counting. "
                + "The trade-off is more tables to join, which I accept because the definitions stay consistent.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.CONCEPTUAL);
        assertThat(a.structure().framework()).isEqualTo("claim-principles-example");
        assertThat(a.structure().headlineFirst()).isTrue();
        assertThat(a.structure().part("claim").sentences()).containsExactly(0);
        assertThat(a.structure().part("principles").sentences()).contains(1, 2, 3);
        assertThat(a.structure().part("example").sentences()).contains(4);
        assertThat(a.structure().gaps()).isEmpty();
        assertThat(a.evidence().reasoning()).extracting(f -> f.span().text()).containsExactly("trade-off");
        assertThat(a.scores().score(Dimension.STRUCTURE)).isEqualTo(5);
    }

    @Test
    void should_ask_for_an_example_when_a_conceptual_answer_stays_abstract() {
        // given
        String q = "What is the difference between a data lake and a data warehouse?";
        String d = "A data lake stores raw data and a warehouse stores structured data. "
                + "Lakes are cheaper and warehouses are faster for queries. Both are useful depending on the use case.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.CONCEPTUAL);
        assertThat(a.structure().gaps()).extracting(Gap::id).contains("gap-example");
        assertThat(a.structure().gaps()).extracting(Gap::message)
                .contains("No concrete example from your own work: add one system you built and what it did.");
        assertThat(a.delivery().length()).isEqualTo(LengthVerdict.FAR_TOO_SHORT);
        // under half the length: never above 2.5 (this one scores below the cap on its own)
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.5);
    }

    @Test
    void should_find_approach_example_and_outcome_in_a_working_style_answer() {
        // given
        String q = "How do you work when there is not much structure?";
        String d = "I set my own priorities by asking which piece of work unblocks the most people. "
                + "At GoPuff I was the only data engineer on the growth team, so every Monday I wrote a short plan in Notion "
                + "with three outcomes for the week and shared it in Slack. "
                + "When a request came in mid-week, I compared it with those outcomes rather than picking it up straight away. "
                + "As a result the analysts always knew what was coming, and our dashboard backlog dropped from 25 tickets to 8 in two months. "
                + "That way of working is why I'm comfortable in a fully remote, async team.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.WORKING_STYLE);
        assertThat(a.structure().part("approach").sentences()).contains(0);
        assertThat(a.structure().part("example").sentences()).contains(1);
        assertThat(a.structure().part("outcome").sentences()).contains(3);
        assertThat(a.structure().gaps()).isEmpty();
        assertThat(a.evidence().changes()).extracting(ChangeFinding::before, ChangeFinding::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("25 tickets", "8"));
        assertThat(a.evidence().distinctNames()).contains("GoPuff", "Notion", "Slack");
    }

    @Test
    void should_find_present_past_and_future_in_a_self_introduction() {
        // given
        String q = "Tell me about yourself.";
        String d = "I'm a data engineer at a payments company, where I own ingestion and modelling for finance reporting. "
                + "Before that I started at GoPuff, building pipelines for the growth team, and I rebuilt our PayPal ingestion "
                + "so weekly payment reports could be trusted again. "
                + "I'm now looking for a role closer to product, which is why this role on the data platform at TheyDo appeals to me.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.SELF_INTRODUCTION);
        assertThat(a.structure().framework()).isEqualTo("present-past-future");
        assertThat(a.structure().part("present").sentences()).contains(0);
        assertThat(a.structure().part("past").sentences()).contains(1);
        assertThat(a.structure().part("future").sentences()).contains(2);
        assertThat(a.structure().gaps()).isEmpty();
        assertThat(a.scores().of(Dimension.RELEVANCE).reasons()).extracting(ScoreReason::points).containsExactly(1, 1, 1, 1);
    }

    @Test
    void should_credit_a_specific_open_closing_question_and_flag_a_yes_no_one() {
        // given
        String q = "Do you have any questions for us?";
        String good = "Yes: how is the data team structured today, and what would success look like for this role in the first six months?";
        String weak = "Do you offer free lunches?";

        // when
        DraftAnalysis a = analyzer.analyze(q, good);
        DraftAnalysis b = analyzer.analyze(q, weak);

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.CLOSING);
        assertThat(a.structure().gaps()).isEmpty();
        assertThat(b.structure().gaps()).extracting(Gap::id).containsExactlyInAnyOrder("gap-open", "gap-specific");
        assertThat(a.scores().overall()).isGreaterThan(b.scores().overall());
    }

    @Test
    void should_read_units_years_and_relative_changes() {
        // given
        String q = "Tell me about a time you reduced costs.";
        String d = "In 2021 I cut our warehouse bill by 30% by moving cold data to S3. "
                + "Queries ran 3x faster, the nightly load was halved, and two pipelines were retired.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.evidence().numbers()).extracting(NumberFinding::span).extracting(s -> s.text())
                .containsExactly("2021", "30%", "3x", "two pipelines");
        assertThat(a.evidence().numbers()).extracting(NumberFinding::quantity).containsExactly(false, true, true, true);
        assertThat(a.evidence().numbers().get(0).message()).startsWith("A year");
        // "two pipelines were retired": a count, then what became of them, is an outcome told in words
        assertThat(a.evidence().changes()).extracting(ChangeFinding::form).containsExactly("by", "relative", "relative", "outcome");
        assertThat(a.evidence().changes()).extracting(c -> c.span().text())
                .containsExactly("cut our warehouse bill by 30%", "3x faster", "halved", "were retired");
        assertThat(a.evidence().distinctNames()).contains("S3");
    }

    @Test
    void should_flag_passives_and_unclear_ownership_in_a_story_without_i() {
        // given
        String q = "Tell me about a migration you led.";
        String d = "The old cron jobs were replaced with Airflow. The dashboards were migrated over a weekend. "
                + "We also moved the alerts to PagerDuty. It was decided that the legacy tables would be dropped.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(texts(a.ownership().passive())).containsExactly("were replaced", "were migrated", "was decided", "be dropped");
        assertThat(a.ownership().unclear()).hasSize(4);
        assertThat(a.ownership().iCount()).isZero();
        assertThat(a.scores().of(Dimension.CREDIBILITY).reasons().get(0).points()).isZero();
        assertThat(a.scores().of(Dimension.CREDIBILITY).reasons().get(1).evidence()).contains("unclear-ownership-1", "passive-1");
    }

    @Test
    void should_flag_a_sentence_too_long_to_say() {
        // given
        String q = "How do you ensure data quality in your pipelines?";
        String d = "I ensure data quality by adding schema tests on every source table, row count and freshness checks after each load, "
                + "alerts that go to the on-call channel with a link to the failing run, and a weekly review of the failures so that "
                + "the same issue never surprises us twice in production.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.delivery().longSentences()).singleElement().satisfies(f -> {
            assertThat(f.span().start()).isZero();
            assertThat(f.message()).startsWith("52 words in one sentence").endsWith("too long to follow when spoken.");
        });
    }

    @Test
    void should_score_an_empty_draft_as_weak_in_every_dimension() {
        // when
        DraftAnalysis a = analyzer.analyze(PIPELINE_QUESTION, "");

        // then
        assertThat(a.delivery().wordCount()).isZero();
        assertThat(a.structure().sentences()).isEmpty();
        assertThat(a.structure().gaps()).extracting(Gap::id).contains("gap-context", "gap-action", "gap-result");
        assertThat(a.scores().dimensions()).allSatisfy(d -> assertThat(d.score()).isLessThanOrEqualTo(2));
        assertThat(a.scores().overall()).isLessThanOrEqualTo(1.5);
        assertThat(a.scores().verdict()).isEqualTo("weak");
    }

    @Test
    void should_score_relevance_1_and_cap_the_overall_for_an_off_topic_answer() {
        // given
        String q = "What makes a good data model?";
        String d = "I really enjoy hiking in the mountains with my family at the weekend, and on Tuesdays I play football "
                + "with friends from my old team at Gopuff, which keeps me fit and gives me a break from screens for a few hours.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertThat(a.relevance().overlap()).isZero();
        assertThat(a.relevance().missingTerms()).containsExactly("good", "data", "model");
        assertThat(a.scores().score(Dimension.RELEVANCE)).isEqualTo(1);
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.5);
    }

    @Test
    void should_analyse_emoji_right_to_left_and_cjk_text_without_losing_offsets() {
        // given
        String q = "Tell me about a project you are proud of.";
        String d = "🚀 I rebuilt our ingestion for the Tel Aviv office (תל אביב) and the Shanghai team (上海团队). "
                + "It went from 6 hours to 45 minutes 🎉, and I learned to test with real data early.";

        // when
        DraftAnalysis a = analyzer.analyze(q, d);

        // then
        assertSpansQuoteDraft(a, d);
        assertThat(a.evidence().changes()).extracting(ChangeFinding::before, ChangeFinding::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("6 hours", "45 minutes"));
        assertThat(a.structure().part("reflection").present()).isTrue();
    }

    @Test
    void should_keep_every_finding_id_unique_within_a_report() {
        // when
        DraftAnalysis a = analyzer.analyze(PIPELINE_QUESTION, STRONG_STORY + " " + WEAK_STORY);

        // then
        List<String> ids = a.allFindings().stream().map(f -> f.id()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        // every score reason cites something that exists in the report
        for (var d : a.scores().dimensions()) {
            for (ScoreReason r : d.reasons()) {
                for (String id : r.evidence()) {
                    boolean known = ids.contains(id) || id.startsWith("gap-") && a.structure().gaps().stream().anyMatch(g -> g.id().equals(id))
                            || id.startsWith("sentence-") && a.structure().sentences().stream().anyMatch(s -> s.id().equals(id));
                    assertThat(known).as("%s cites %s", d.dimension(), id).isTrue();
                }
            }
        }
    }
}
