package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.PartReport;
import dev.rehearse.coach.report.ScoreReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parts of an answer said in plain words, without the signposts the cue lists began with: a role held since then
 * is the present, "I'd like to know" is an approach, "so nobody has to chase me" an outcome, "I look at two things" or
 * "Generally yes, for as long as …" a claim. And a short answer that
 * is complete and concrete is brief, not thin.
 */
class PlainWordedPartsTest {

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Walk me through your background. | Since then I've been a data engineer owning pipelines from the API to the report. | present",
            "Walk me through your background. | Now I want more ownership of how the data model is designed. | future",
            "Walk me through your background. | I'm the new data engineer on the payments team. | present",
            "Walk me through your background. | Where I've come from, I owned pipelines from the source API to the tables. | past",
            "Walk me through your background. | My first few weeks here are going to be spent reading the code. | future",
            "What is your biggest weakness? | What I do now is give a range rather than a date. | outcome",
            "What is your biggest weakness? | I'm working on it by writing the decision down before I build. | outcome",
            "What is your biggest weakness? | Since then I check who reads a table before I change a column. | outcome",
            "How do you prefer to be managed? | I'd like to know what a piece of work is meant to change before I start. | approach",
            "How do you prefer to be managed? | I'll share my progress in writing every Friday. | approach",
            "How do you like to work with product? | Before I build a dataset, I agree its grain with the engineers who use it. | approach",
            "How do you prefer to be managed? | I write my progress down so nobody has to chase me for it. | outcome",
            "Why do you want this job? | That is the part I enjoy: keys, grain and what happens on a re-send. | personal",
            "Why do you want this job? | In my last role I built the event pipeline product managers used every day. | fit",
            "Why do you want this job? | It is the closeness to the product I said I was looking for. | fit",
            "How do you choose a partition column? | I look at two things: the filter readers use most and the unit a load replaces. | claim",
            "Is it worth keeping raw files once they are modelled? | Generally yes, for as long as the contract with the customer allows. | claim",
            "What should a team get right about timestamps? | My rule is to store every time in UTC and convert only for display. | claim",
            "What is your greatest strength? | When I take something on, I carry it from the source to the people using it. | approach",
            "What is your greatest strength? | When the weekly report was unreliable, I was the one who traced it to its source. | example",
            "What is your greatest strength? | When something I own breaks, it breaks in one place, because I separate stages. | approach",
            "What is your greatest strength? | The payments pipeline is the example my colleagues would know. | example",
            "What is your greatest strength? | The payments table went from a dataset nobody opened to one finance reports from. | outcome",
            "What is your greatest strength? | Colleagues come to me when a number looks wrong and nobody knows why. | outcome",
            "What is your greatest strength? | It turned an unusable extract into a table the finance team reports from. | outcome",
            "Why are you leaving your current job? | So I started looking for data roles close to a product. | tie",
            "Why are you leaving your current job? | My current role has given me most of what it can. | current",
            "Why are you leaving your current job? | Where I am, the modelling decisions sit with another team. | current",
            "Why are you leaving your current job? | I'd prefer to spend the next few years building a platform. | next",
            "What is your biggest weakness? | It shows up in meetings about estimates, where I give dates too early. | example",
            "What is your biggest weakness? | In my last review my manager said my updates were too long. | example",
            "What is your biggest weakness? | A colleague told me my pipelines were hard to follow. | example",
            "What would you change in your first six months? | Then I'd choose one or two changes from what that review shows. | approach",
            "What would you change in your first six months? | What I'd expect to find, from my own work, is a load that cannot be rerun. | example",
            "What would you change in your first six months? | It is a modest change, but one that someone can check. | outcome",
            "What would you change in your first six months? | By then I'd want to be the one who can say where a number comes from. | outcome",
            "What would you change in your first six months? | I'd want two things finished rather than ten started. | outcome",
            "What would you change in your first six months? | The first fix would be something like a load that can be rerun. | example"})
    void should_find_a_part_said_in_plain_words(String question, String sentence, String part) {
        // when
        DraftAnalysis a = analyzer.analyze(question, sentence);

        // then
        assertThat(a.structure().parts()).filteredOn(p -> p.part().equals(part)).singleElement()
                .extracting(PartReport::present).isEqualTo(true);
    }

    @Test
    void should_not_cap_a_brief_story_that_is_complete_and_concrete_but_should_cap_a_brief_vague_one() {
        // given: two 60-word stories for a question that needs 150
        String question = "Tell me about a project you're proud of.";
        String whole = "Our PayPal report was wrong every week. I found the API returns one day per request, so I split the load "
                + "into a daily job and a weekly aggregation and built both. I wrote a runbook for re-running one failed day. "
                + "Finance now reports PayPal by payment type from that table, which they could not do before.";
        String thin = "We had a reporting project last year. We looked at the old solution and decided to improve it. We worked "
                + "hard as a team, we improved the monitoring and we delivered it on time. The business was happy with it and we "
                + "were proud of what we achieved together.";

        // when
        DraftAnalysis brief = analyzer.analyze(question, whole);
        DraftAnalysis vague = analyzer.analyze(question, thin);

        // then: both are far too short, and delivery says so
        assertThat(brief.delivery().length()).isEqualTo(dev.rehearse.coach.report.LengthVerdict.FAR_TOO_SHORT);
        assertThat(vague.delivery().length()).isEqualTo(dev.rehearse.coach.report.LengthVerdict.FAR_TOO_SHORT);
        assertThat(brief.scores().caps()).extracting(ScoreReason::reason).noneMatch(r -> r.contains("under half the length"));
        assertThat(brief.scores().overall()).isGreaterThan(2.5);
        assertThat(vague.scores().overall()).isLessThanOrEqualTo(2.5);
    }
}
