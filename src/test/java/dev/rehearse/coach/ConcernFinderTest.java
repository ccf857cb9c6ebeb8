package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Scores;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConcernFinderTest {

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private static List<String> rules(DraftAnalysis a) {
        return a.concerns().stream().map(Concern::rule).toList();
    }

    @Test
    void should_cap_the_score_when_a_closing_answer_asks_nothing() {
        // given
        String draft = "No, I'm all set, thanks. You explained the team and the product really well and I have read the"
                + " careers page, so I feel I understand the position. I look forward to hearing from you.";

        // when
        DraftAnalysis a = analyzer.analyze("Is there anything you would like to ask us?", draft);

        // then
        assertThat(rules(a)).contains("no-questions");
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.0);
        assertThat(a.scores().caps()).anySatisfy(c -> assertThat(c.reason()).contains("No question about the work"));
    }

    @Test
    void should_not_flag_a_closing_answer_that_asks_a_question() {
        // when
        DraftAnalysis a = analyzer.analyze("Do you have any questions for us?",
                "Yes: how does the team decide which connector to build next, and who owns its data model once it ships?");

        // then
        assertThat(rules(a)).doesNotContain("no-questions");
    }

    @Test
    void should_flag_a_close_that_asks_only_about_logistics_but_not_one_that_also_asks_about_the_work() {
        // given
        String logistics = "I think the reading I did covered most of it. Could you tell me when I'd hear back, and what the "
                + "salary range is? That's all from me.";
        String both = logistics.replace("That's all from me.", "And which pipeline would I take over first?");

        // when
        DraftAnalysis onlyLogistics = analyzer.analyze("Do you have any questions for us?", logistics);
        DraftAnalysis alsoWork = analyzer.analyze("Do you have any questions for us?", both);

        // then
        assertThat(rules(onlyLogistics)).contains("no-questions");
        assertThat(onlyLogistics.scores().overall()).isLessThanOrEqualTo(2.0);
        assertThat(rules(alsoWork)).doesNotContain("no-questions");
    }

    @Test
    void should_count_slogans_of_collaboration_as_buzzwords() {
        // when
        DraftAnalysis a = analyzer.analyze("How do you like to work with designers?",
                "I believe in radical candour and shared ownership. We should co-create the plan around a north star metric, "
                        + "break down silos and keep a test-and-learn mindset.");

        // then
        assertThat(rules(a)).contains("buzzwords");
    }

    @Test
    void should_flag_an_answer_about_the_company_to_a_question_about_the_candidate_but_not_one_in_the_first_person() {
        // given
        String question = "How do you prioritise when everything is urgent?";
        String aboutThem = "I think the engineering playbook gets this right. Teams there own outcomes rather than tickets, and focus "
                + "time is protected by default. Priorities are set openly each quarter, so urgency rarely piles up.";
        String aboutMe = "I ask what breaks for whom if it waits a day. Whatever blocks someone else goes first, and I say out loud "
                + "what is slipping, so nobody finds out by surprise.";

        // when
        DraftAnalysis them = analyzer.analyze(question, aboutThem);
        DraftAnalysis me = analyzer.analyze(question, aboutMe);

        // then
        assertThat(rules(them)).contains("not-about-you");
        assertThat(them.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(rules(me)).doesNotContain("not-about-you");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Honestly, I think I'd be a perfect match for the team.",
            "Reliable delivery is what a company like yours needs right now.",
            "I'll contribute that same care to your pipelines from day one.",
            "That kind of reliability is exactly what a growing platform needs.",
            "Honestly, this is my dream company.",
            "My mix of modelling and ops makes me a strong fit for the role.",
            "I'm looking to bring that same impact to my next team.",
            "I know ownership is something your team values highly."})
    void should_flag_fit_claimed_rather_than_shown_as_a_pitch_line(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Walk me through your background.", "I build data pipelines at a payments company. " + sentence);

        // then
        assertThat(rules(a)).contains("pitch-line");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I've built quite a few incremental syncs in my current role, so this is familiar ground.",
            "I've done this kind of migration many times, so I know where it goes wrong.",
            "Honestly I've run into late data all the time, and I've dealt with it in lots of pipelines."})
    void should_flag_experience_claimed_in_bulk_instead_of_shown(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("How would you design an incremental load?", sentence + " I'd keep a watermark per source.");

        // then
        assertThat(rules(a)).contains("claimed-experience");
    }

    @Test
    void should_not_flag_one_case_of_experience_as_claimed_in_bulk() {
        // when
        DraftAnalysis a = analyzer.analyze("How would you design an incremental load?", "I've built one of these before, for the PayPal "
                + "payments: the API only gave one day per call, so I kept a watermark per day and reran the last three.");

        // then
        assertThat(rules(a)).doesNotContain("claimed-experience");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "They pushed back, I think partly because it meant admitting the first version hadn't worked.",
            "In the end it was a case of someone being attached to their own design.",
            "I've learned that some people need more time to let go.",
            "Honestly his pride got in the way of a simple fix."})
    void should_flag_blame_said_politely_by_the_motive_it_ascribes(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a disagreement with a colleague.",
                "A colleague and I disagreed about how to split the PayPal load. " + sentence + " I walked them through the API limit.");

        // then
        assertThat(rules(a)).contains("blame");
    }

    @Test
    void should_flag_doubt_in_the_answer_itself_but_not_a_caveat_named_for_someone_else() {
        // given
        String question = "A product manager asks for a number you don't trust yet. What do you tell them?";

        // when
        DraftAnalysis doubt = analyzer.analyze(question, "I'm not sure, but I'd probably give it to them and hope it holds.");
        DraftAnalysis caveat = analyzer.analyze(question, "I give it with the caveat in the same sentence: this is what I have, "
                + "this is what I'm not sure about yet, and I'll confirm it by Friday.");

        // then
        assertThat(rules(doubt)).contains("self-undermining");
        assertThat(rules(caveat)).doesNotContain("self-undermining");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I've been fairly lucky with feedback, to be honest; most of it has been positive.",
            "All of my reviews have been really good, so there's not much to pick from.",
            "Nothing has really stung, which says more about the teams I've worked with."})
    void should_flag_luck_or_praise_offered_instead_of_the_hard_feedback_as_a_dodge(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("What's a piece of feedback you found hard to hear?", sentence
                + " A manager once said I should share my work more.");

        // then
        assertThat(rules(a)).contains("dodge");
    }

    @Test
    void should_flag_the_rest_of_the_stock_closing_questions() {
        // when
        DraftAnalysis a = analyzer.analyze("Is there anything you'd like to ask us?", "How would you describe the management style? Is "
                + "there a training budget? Where do you see the company heading in the next few years? And what do you personally "
                + "enjoy most, and what are the biggest challenges for the team?");

        // then
        assertThat(a.concerns()).filteredOn(c -> c.rule().equals("stock-questions")).singleElement()
                .satisfies(c -> assertThat(c.spans()).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void should_flag_the_stock_onboarding_plan_in_its_other_inflections() {
        // when
        DraftAnalysis a = analyzer.analyze("What would you focus on in your first six months?", "The first month is about getting "
                + "familiar with the tools and building strong relationships with the team. After that I'd look for quick wins, and by "
                + "month six I'd be proposing improvements to the pipelines.");

        // then
        assertThat(rules(a)).contains("cliches");
    }

    @Test
    void should_flag_a_disguised_strength_as_a_weakness() {
        // when
        DraftAnalysis a = analyzer.analyze("What is your biggest weakness?",
                "Honestly I'm a perfectionist. I'm too detail-oriented and I work too hard, so my projects take a bit longer.");

        // then
        assertThat(rules(a)).contains("fake-weakness");
        assertThat(a.scores().caps()).isNotEmpty();
    }

    @Test
    void should_flag_badmouthing_and_blame_in_a_reason_for_leaving() {
        // when
        DraftAnalysis a = analyzer.analyze("Why are you leaving your current job?",
                "My boss micromanages every ticket and the place is a mess. The outage last spring was not my fault; "
                        + "the vendor was the problem and the analysts didn't listen.");

        // then
        assertThat(rules(a)).contains("badmouthing", "blame");
        Scores s = a.scores();
        assertThat(s.overall()).isLessThanOrEqualTo(2.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The good years there happened despite the company, not because of it.",
            "I'm tired of fighting the organisation to get basic engineering done.",
            "We suggest improvements every quarter and nobody listens.",
            "I rebuilt the pipeline alone because nobody else would touch it.",
            "The platform team is slow and protective of everything they own."})
    void should_flag_a_grievance_told_as_a_story_when_asked_why_you_are_leaving(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Why are you leaving your current job?", sentence + " I want to own an architecture next.");

        // then
        assertThat(rules(a)).contains("badmouthing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nobody wanted to own the failing job, so I took it on.",
            "The platform team was stretched, so changes to the infrastructure took a few weeks.",
            "Much of the design is set by what the outside systems allow, which is a fair limit of the job."})
    void should_not_flag_a_plain_fact_about_the_employer_or_the_team(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Why are you leaving your current job?", sentence + " I want to own an architecture next.");

        // then
        assertThat(rules(a)).doesNotContain("badmouthing");
    }

    @Test
    void should_flag_praise_said_as_admiration_rarity_or_a_lead_over_others() {
        // when
        DraftAnalysis a = analyzer.analyze("How long should raw data be kept?",
                "I really admire how seriously you take retention, and it puts you ahead of most SaaS companies. "
                        + "It's rare to find a company that gets this right, and it's clear your engineering team cares.");
        DraftAnalysis fair = analyzer.analyze("How long should raw data be kept?",
                "I'd keep raw files for as long as the contract allows, because a bad day can then be rebuilt. "
                        + "Personal fields I'd drop after thirty days, which is what the privacy notice promises.");

        // then
        assertThat(rules(a)).contains("flattery");
        assertThat(rules(fair)).doesNotContain("flattery");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Most of my projects have gone well, so it's hard to pick one.",
            "Any mistakes I've made were minor and quickly fixed.",
            "It was not really a mistake, more a learning about the API.",
            "There is nothing I'd call a real failure in my current role.",
            "It's difficult to think of one that was really down to me.",
            "Honestly there isn't much I'd describe as a failure so far.",
            "Most of my technical choices have stood up well over time.",
            "I rarely end up regretting decisions, since I take my time over them.",
            "I don't really expect any of it to be much of a struggle.",
            "Code review is strict where I work, so errors were always caught before they reached anyone.",
            "I can't point to a particular mistake that was mine.",
            "There isn't one design I'd honestly call a failure.",
            "So rather than a specific mistake, I'd talk about how I've matured.",
            "I'd see it more as a team lesson than anything I did."})
    void should_flag_a_mistake_played_down_as_a_dodge(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a mistake you made.", sentence + " I always test my changes.");

        // then
        assertThat(rules(a)).contains("dodge");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I wouldn't say I got it wrong, the brief moved after I had built it.",
            "Looking back it wasn't really a mistake, because the data changed under us.",
            "Given what we knew, the schema was the right call at the time.",
            "I'd honestly make the same decisions again with that brief.",
            "I would make precisely the same choice today.",
            "The outage came from the vendor's rate limit rather than a problem with anything I wrote.",
            "The delays were down to shifting scope rather than my design being wrong.",
            "Looking back, the launch date wasn't my call."})
    void should_flag_a_mistake_that_nobody_owns_as_a_deflection(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("What's a design of yours that you had to redo?", sentence + " I rebuilt it in a week.");

        // then
        assertThat(rules(a)).contains("deflection");
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Honestly the underlying problem was completely outside my control.",
            "There wasn't a lot I could have done differently with that brief.",
            "Looking back there was nothing more I could have done.",
            "In fairness it wasn't really down to me.",
            "It wasn't something I could have foreseen.",
            "The delay came from a vendor outage, outside anyone's control.",
            "Nobody could have predicted that the API would change.",
            "They weren't really mistakes in what I wrote.",
            "To be fair, any engineer would have missed that field.",
            "I still think the design was sound.",
            "The job did exactly what it was built to do.",
            "The fault was really in the vendor's documentation.",
            "The problem wasn't the model so much as how people used it."})
    void should_flag_a_failure_put_beyond_the_candidate_s_reach_as_a_deflection(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a mistake you made in production.", "A nightly load of mine stopped for two days. "
                + sentence + " I backfilled the missing days.");

        // then
        assertThat(rules(a)).contains("deflection");
    }

    @Test
    void should_not_flag_a_cause_beyond_reach_when_the_same_sentence_owns_the_candidate_s_part() {
        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a mistake you made in production.", "A nightly load of mine stopped for two days. "
                + "The trigger was outside my control, but not checking that rows arrived was my miss. I added a freshness check.");

        // then
        assertThat(rules(a)).doesNotContain("deflection");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The platform team's alerts missed it too, which they should have caught.",
            "The vendor should have warned us about the change.",
            "The analysts never even looked at their own dashboards.",
            "They clearly hadn't done their homework on the schema.",
            "Nobody had tested the export properly before it shipped.",
            "They were new to the codebase and never bothered to read the runbook properly.",
            "Nobody on the product side had said which fields they used.",
            "If analysts checked their queries, this would never come up.",
            "In the end engineers can only build what they are asked for.",
            "It was really a people problem, not a data one.",
            "I spend far too long on other people's mistakes.",
            "The new design worked, which proved I was right.",
            "It was a colleague who just didn't understand streaming.",
            "Frankly the analysts should run their own checks before a board meeting.",
            "It was a pretty careless process on their side.",
            "I'd have liked the product teams to take more responsibility for their inputs.",
            "Her lead never backed me up in those meetings.",
            "The warehouse team didn't see data quality as their problem.",
            "Going forward, vendors need to be more careful with breaking changes.",
            "Nobody had told us, so there was no way for me to know.",
            "The real problem was that the sales team hadn't read the definitions."})
    void should_flag_a_failure_put_on_what_others_should_have_done_as_blame(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a time something you owned broke.", "A nightly load of mine stopped for two days. "
                + sentence + " I backfilled the missing days.");

        // then
        assertThat(rules(a)).contains("blame");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Honestly, there wasn't any real disagreement that I remember.",
            "I plan things early, so they rarely turn into arguments."})
    void should_flag_a_conflict_question_answered_with_no_conflict_as_a_dodge(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a disagreement with a colleague.", sentence + " I like to talk things through.");

        // then
        assertThat(rules(a)).contains("dodge");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I'd prefer not to get into the details of that.",
            "Honestly, it's all a bit complicated.",
            "I'd rather focus on what I can bring to your team."})
    void should_flag_a_reason_for_leaving_that_is_withheld(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Why are you leaving your current job?", sentence + " I want to own a data model next.");
        DraftAnalysis fair = analyzer.analyze("Why are you leaving your current job?",
                "The modelling decisions sit with another team where I am. I want to own a data model next.");

        // then
        assertThat(rules(a)).contains("withheld-reason");
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(rules(fair)).doesNotContain("withheld-reason");
    }

    @Test
    void should_not_take_a_mistake_owned_with_its_context_for_a_deflection() {
        // when
        DraftAnalysis a = analyzer.analyze("What's a design of yours that you had to redo?",
                "I put daily rows and weekly totals in one table, and someone summed a month and counted it twice. That was my "
                        + "mistake, not theirs: nothing in the design stopped them. I split it into two tables, one grain each, and now "
                        + "I decide the grain before anything else.");

        // then
        assertThat(rules(a)).doesNotContain("deflection", "dodge");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In practice the data team is treated like a help desk.",
            "Priorities go to whoever complains the loudest.",
            "The roadmap is set by managers who have never run a pipeline.",
            "Most of my work went unnoticed, and the migration barely got thanked.",
            "I want to be somewhere that genuinely cares about data quality.",
            "The business has quietly stopped investing in the platform.",
            "Honestly, it's been pretty draining for a while."})
    void should_flag_a_grievance_about_how_one_is_treated_as_badmouthing(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("Why are you leaving your current job?", sentence + " I want to own an architecture next.");

        // then
        assertThat(rules(a)).contains("badmouthing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "I'm one of the few people on the team who actually cares about tests.",
            "The engineers before me left a mess for everyone else.",
            "When I suggest a change, people get defensive instead of listening.",
            "The product managers aren't much better, and then blame us when a number moves.",
            "The analysts build on raw tables and then complain when something changes.",
            "Every change is blocked by people who don't care about data.",
            "I spend half my week cleaning up after the platform team.",
            "I'm tired of carrying more than my share of the on-call."})
    void should_flag_others_judged_as_a_group_as_badmouthing(String sentence) {
        // when
        DraftAnalysis a = analyzer.analyze("What's missing for you in your current job?", sentence + " I want to own an architecture next.");

        // then
        assertThat(rules(a)).contains("badmouthing");
    }

    @Test
    void should_count_headline_figures_written_in_words_and_hours_saved_by_the_thousand() {
        // when
        DraftAnalysis stacked = analyzer.analyze("Tell me about a time you improved something on your own initiative.",
                "I rewrote the loader so it takes three billion events a day. It saved five million euros a year, "
                        + "the analysts got back 4,500 hours a year, and errors fell by 95%.");

        // then
        assertThat(rules(stacked)).contains("figure-stack");
        assertThat(stacked.scores().overall()).isLessThanOrEqualTo(2.5);
    }

    @Test
    void should_flag_headline_volumes_and_multiples_stacked_with_percentages_but_not_one_volume_told_plainly() {
        // when
        DraftAnalysis stacked = analyzer.analyze("Could you introduce yourself?",
                "I've built more than 300 production pipelines handling 2 billion events a day. I cut costs by 60% and "
                        + "doubled the team's output, and I run data engineering for the whole region.");
        DraftAnalysis plain = analyzer.analyze("Could you introduce yourself?",
                "I'm a data engineer. The biggest table I look after takes about 2 million rows a day from PayPal, and "
                        + "I rebuilt its load so a failed day can be re-run on its own.");

        // then
        assertThat(rules(stacked)).contains("figure-stack");
        assertThat(rules(plain)).doesNotContain("figure-stack");
    }

    @Test
    void should_flag_an_answer_in_years_to_a_question_about_the_first_months_but_not_one_aside() {
        // when
        DraftAnalysis years = analyzer.analyze("What would you like to have done by the end of your first three months?",
                "Over the coming few years I want to lead the data architecture, and in five years I'd like to run a platform "
                        + "team. Longer term, I see myself shaping how the company uses data.");
        DraftAnalysis months = analyzer.analyze("What would you like to have done by the end of your first three months?",
                "By then I'd have traced the main flows myself and fixed one load that fails, so the platform I hand on "
                        + "lasts for years. In the long run that is what makes the data foundation trusted.");

        // then
        assertThat(rules(years)).contains("wrong-horizon");
        assertThat(years.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(rules(months)).doesNotContain("wrong-horizon");
    }

    @Test
    void should_flag_the_star_labels_said_as_prose_but_not_one_result_in_a_story() {
        // when
        DraftAnalysis labelled = analyzer.analyze("Tell me about a time you improved a pipeline.",
                "The situation was that our weekly report was late. My task was to fix it. The action I took was to "
                        + "improve the process. The result was that the report was on time.");
        DraftAnalysis termed = analyzer.analyze("Tell me about a time you improved a pipeline.",
                "The situation was that our weekly report was late. In terms of action, I improved the process. Looking back, "
                        + "the result taught me to plan ahead.");
        DraftAnalysis told = analyzer.analyze("Tell me about a time you improved a pipeline.",
                "Our weekly PayPal report kept coming out short. I found the API only returned one day per call, so I split "
                        + "the load into a daily job and a weekly sum. The result was a table finance now reports from.");

        // then
        assertThat(rules(labelled)).contains("framework-labels");
        assertThat(rules(termed)).contains("framework-labels");
        assertThat(rules(told)).doesNotContain("framework-labels");
    }

    @Test
    void should_flag_a_dodge_when_asked_for_a_mistake() {
        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a mistake you made.",
                "I can't really think of one. I test everything twice, so nothing major has gone wrong on my projects.");

        // then
        assertThat(rules(a)).contains("dodge");
    }

    @Test
    void should_flag_pasted_notes_as_not_speakable_and_cost_delivery() {
        // given
        String notes = "Ingest -> raw bucket w/ retries. Dedup on txn id -> agg job weekly. Reqs from finance e2e.";
        String spoken = "I load each day into a raw bucket with retries, remove duplicates on the transaction id, and run "
                + "a weekly job that aggregates them for finance.";

        // when
        DraftAnalysis a = analyzer.analyze("How would you design the payments ingestion?", notes);
        DraftAnalysis b = analyzer.analyze("How would you design the payments ingestion?", spoken);

        // then
        assertThat(rules(a)).contains("unspeakable");
        assertThat(rules(b)).doesNotContain("unspeakable");
        assertThat(a.scores().of(dev.rehearse.coach.report.Dimension.DELIVERY).reasons())
                .anySatisfy(r -> assertThat(r.points()).isNegative());
        assertThat(b.scores().of(dev.rehearse.coach.report.Dimension.DELIVERY).reasons())
                .noneSatisfy(r -> assertThat(r.points()).isNegative());
    }

    @Test
    void should_flag_figures_of_implausible_precision_or_size() {
        // when
        DraftAnalysis a = analyzer.analyze("What was your biggest achievement?",
                "I made the warehouse 2,300% faster and our uptime reached 99.9995% within a quarter.");

        // then
        assertThat(rules(a)).contains("implausible-figures");
    }

    @Test
    void should_not_credit_a_list_of_tools_as_own_work() {
        // given
        String list = "For the platform I'd pick Kafka, Snowflake, dbt, Airflow and Looker, which is the standard modern stack today.";
        String own = "I moved our nightly Airflow job to incremental dbt models, because the full reload took four hours.";

        // when
        DraftAnalysis a = analyzer.analyze("How would you build our data platform?", list);
        DraftAnalysis b = analyzer.analyze("How would you build our data platform?", own);

        // then
        assertThat(a.scores().of(dev.rehearse.coach.report.Dimension.SUBSTANCE).reasons())
                .anySatisfy(r -> assertThat(r.reason()).contains("list of tools"));
        assertThat(b.scores().of(dev.rehearse.coach.report.Dimension.SUBSTANCE).reasons())
                .anySatisfy(r -> assertThat(r.reason()).startsWith("Says what you did with named systems"));
    }

    @Test
    void should_not_lower_delivery_for_spelling_and_not_treat_i_was_asked_as_passive() {
        // when
        DraftAnalysis a = analyzer.analyze("Tell me about a time you improved a report.",
                "I was asked to speed up the finance report, so I rewrote its slowest query.");

        // then
        assertThat(a.ownership().passive()).isEmpty();
    }
    @Test
    void should_flag_a_first_person_denial_of_the_questions_premise_as_a_dodge_even_after_a_hedge() {
        // when: the premise denied in several wordings, each followed by a half-answer
        DraftAnalysis regrets = analyzer.analyze("Tell me about a mistake you made.",
                "I honestly don't have many regrets about my work. If I had to choose one, maybe I'd have started testing sooner.");
        DraftAnalysis hard = analyzer.analyze("What is your biggest weakness?",
                "I don't really find any part of the job particularly difficult these days. Maybe presenting, but I manage.");
        DraftAnalysis never = analyzer.analyze("Tell me about a conflict with a colleague.",
                "I've never really had a disagreement worth mentioning. I get on with people and we talk things through.");

        // then
        assertThat(rules(regrets)).contains("dodge");
        assertThat(rules(hard)).contains("dodge");
        assertThat(rules(never)).contains("dodge");
        assertThat(regrets.scores().overall()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void should_not_take_a_negation_about_the_work_for_a_dodge() {
        // when: first-person negations that name the weakness or the mistake rather than deny it
        DraftAnalysis weakness = analyzer.analyze("What is your biggest weakness?",
                "I don't have much experience with streaming, so on the Kafka work last year I paired with our platform lead"
                        + " and took the small consumer first.");
        DraftAnalysis mistake = analyzer.analyze("Tell me about a mistake you made.",
                "I didn't test the backfill on a copy first, and it doubled a week of orders; now I always run it on a clone.");

        // then
        assertThat(rules(weakness)).doesNotContain("dodge");
        assertThat(rules(mistake)).doesNotContain("dodge");
    }

    @Test
    void should_flag_a_mess_or_useless_only_when_said_of_the_employer_or_its_people() {
        // when
        DraftAnalysis employer = analyzer.analyze("Why are you leaving your current job?",
                "Honestly, my team has been a complete mess since the reorganisation, and I want out.");
        DraftAnalysis data = analyzer.analyze("Tell me about a pipeline you fixed.",
                "When I joined, the orders data was a mess: three feeds, no keys. I rebuilt the load with a merge on the order id.");
        DraftAnalysis ownWork = analyzer.analyze("What's a decision you'd take back?",
                "My first week of retries wasn't useless, but most of it went once I read the API's limits; I'd read them first now.");

        // then
        assertThat(rules(employer)).contains("badmouthing");
        assertThat(rules(data)).doesNotContain("badmouthing");
        assertThat(rules(ownWork)).doesNotContain("badmouthing");
    }

    @Test
    void should_refuse_a_rule_file_whose_unless_condition_it_does_not_know_and_name_it() {
        // given: a rule that says "unless = anchroed" (a typo of "anchored")
        dev.rehearse.coach.text.RuleFile file = dev.rehearse.coach.text.RuleFile.load("concerns-unknown-unless.txt");

        // when / then: a typo must not silently drop the exemption
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ConcernFinder(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[red-flag.generic]").hasMessageContaining("unless = anchroed");
    }
    @Test
    void should_flag_the_framework_labels_read_out_but_not_a_story_that_names_its_situation_in_words() {
        // given
        String labelled = "Situation: our weekly report was wrong. Task: I had to fix it. Action: I rebuilt the load as a daily job. "
                + "Result: the report was right from then on.";
        String told = "The situation was a weekly report that was wrong every Monday. I rebuilt the load as a daily job, and the "
                + "report was right from then on; the result I cared about was that finance stopped checking it by hand.";

        // when
        DraftAnalysis template = analyzer.analyze("Tell me about a time you fixed a broken report.", labelled);
        DraftAnalysis story = analyzer.analyze("Tell me about a time you fixed a broken report.", told);

        // then
        assertThat(rules(template)).contains("framework-labels");
        assertThat(template.concerns()).filteredOn(c -> c.rule().equals("framework-labels")).singleElement()
                .satisfies(c -> assertThat(c.spans()).hasSize(4));
        assertThat(rules(story)).doesNotContain("framework-labels");
    }
}
