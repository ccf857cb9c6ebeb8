package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.ScoreReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What separates a reasoned technical answer from one that only sounds like one: where the idea stops holding and
 * what it costs (read as reasoning), sweeping claims and an answer hedged throughout (both cost points), qualities
 * claimed rather than shown and stacked headline figures (capped), and a general data tool named on its own (no tie to the company).
 */
class TechnicalJudgementTest {

    private static final String QUESTION = "How would you keep a customer's imported history correct when they resend files?";

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    @Test
    void should_read_a_limit_or_a_cost_as_reasoning_when_said_without_the_word_trade_off() {
        // given
        String withCost = "I'd key every row on the customer's own id, so a resent file overwrites the rows it sent before. "
                + "The cost is that every load has to read the keys it already holds.";
        String withException = "I'd key every row on the customer's own id, so a resent file overwrites the rows it sent before. "
                + "The one exception is a file with no ids at all, which I'd reject.";
        String withoutEither = "I'd key every row on the customer's own id, so a resent file overwrites the rows it sent before. "
                + "Every load then reads the keys it already holds.";
        String compared = "I'd key every row on the customer's own id, so a resent file overwrites the rows it sent before. "
                + "Reading the keys on every load costs far less time than untangling duplicates later.";

        // when
        long cost = tradeOffs(analyzer.analyze(QUESTION, withCost));
        long exception = tradeOffs(analyzer.analyze(QUESTION, withException));
        long comparedCost = tradeOffs(analyzer.analyze(QUESTION, compared));
        long neither = tradeOffs(analyzer.analyze(QUESTION, withoutEither));

        // then
        assertThat(cost).as("the cost named").isEqualTo(1);
        assertThat(exception).as("the exception named").isEqualTo(1);
        assertThat(comparedCost).as("two costs compared").isEqualTo(1);
        assertThat(neither).as("the same answer without them").isZero();
    }

    @Test
    void should_cost_substance_and_credibility_when_two_claims_sweep_but_not_when_one_does() {
        // given
        String sweeping = "Upserts are always the answer, and the warehouse handles duplicates automatically. "
                + "I'd load everything as it comes and key it on the file name.";
        String habit = "I always keep the file as it arrived, and I key every row on the customer's own id. "
                + "A resent file then replaces rows instead of adding them.";
        String ability = "Because the raw files are kept, I can always rebuild the table, and I could always explain a difference. "
                + "A resent file replaces rows instead of adding them.";

        // when
        DraftAnalysis swept = analyzer.analyze(QUESTION, sweeping);
        DraftAnalysis once = analyzer.analyze(QUESTION, habit);
        DraftAnalysis can = analyzer.analyze(QUESTION, ability);

        // then
        assertThat(rules(swept)).contains("sweeping");
        assertThat(reasons(swept, Dimension.SUBSTANCE)).anySatisfy(r -> assertThat(r.points()).isEqualTo(-1));
        assertThat(reasons(swept, Dimension.CREDIBILITY)).anySatisfy(r -> assertThat(r.reason()).startsWith("Sweeping claims"));
        assertThat(rules(once)).as("one \"always\" is a habit").doesNotContain("sweeping");
        assertThat(rules(can)).as("\"can always\" is an ability, not a claim").doesNotContain("sweeping");
    }

    @Test
    void should_read_a_delivery_guarantee_as_a_term_but_a_promise_with_it_as_a_sweep() {
        // given
        String term = "I build for an at-least-once delivery guarantee and make each write idempotent. "
                + "Exactly-once guarantees cost coordination between the broker and the sink.";
        String promise = "The new loader guarantees zero duplicates, and it scales automatically.";

        // when / then
        assertThat(rules(analyzer.analyze(QUESTION, term))).doesNotContain("sweeping");
        assertThat(rules(analyzer.analyze(QUESTION, promise))).contains("sweeping");
    }

    @Test
    void should_cost_credibility_when_the_answer_is_hedged_throughout_but_not_for_one_hedge() {
        // given
        String hedged = "I think it probably depends on the customer. Maybe we could perhaps compare the files, although I'm "
                + "guessing that might be slow. Possibly a key would help, but it sort of depends on the source.";
        String plain = "I'd key every row on the customer's own id, so a resent file replaces rows instead of adding them. "
                + "I think the harder case is a file with no ids, which I'd reject with a message saying which rows lack one.";

        // when
        List<ScoreReason> hedgedReasons = reasons(analyzer.analyze(QUESTION, hedged), Dimension.CREDIBILITY);
        List<ScoreReason> plainReasons = reasons(analyzer.analyze(QUESTION, plain), Dimension.CREDIBILITY);

        // then
        assertThat(hedgedReasons).anySatisfy(r -> {
            assertThat(r.reason()).startsWith("Hedged throughout");
            assertThat(r.points()).isEqualTo(-1);
        });
        assertThat(plainReasons).noneSatisfy(r -> assertThat(r.reason()).startsWith("Hedged throughout"));
    }

    @Test
    void should_cap_stacked_headline_figures_but_not_one_figure_when_scored() {
        // given
        String stacked = "I rebuilt the import and duplicates fell by 70%. Load time dropped 12x, the warehouse bill fell 40% "
                + "and we saved €300k a year, because I keyed every row on the customer's own id.";
        String single = "I rebuilt the import and keyed every row on the customer's own id, so a resent file replaced rows "
                + "instead of adding them; duplicates fell by 70% in the month after.";

        // when
        DraftAnalysis many = analyzer.analyze(QUESTION, stacked);
        DraftAnalysis one = analyzer.analyze(QUESTION, single);

        // then
        assertThat(rules(many)).contains("figure-stack");
        assertThat(many.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(many.scores().caps()).anySatisfy(c -> assertThat(c.reason()).contains("Stacked headline figures"));
        assertThat(rules(one)).doesNotContain("figure-stack");
    }

    @Test
    void should_tie_a_data_tool_to_the_company_only_through_its_format_or_connector_when_named_with_the_bundled_research() {
        // given
        String toolAlone = "I'd land the files in S3 and load them into Snowflake with a key on the customer's own id.";
        String format = "The S3 format already says a resent file with the same id is ignored, so I'd keep that rule for every source.";

        // when
        DraftAnalyzer withResearch = CoachFixtures.analyzer();
        List<String> alone = themes(withResearch.analyze(QUESTION, toolAlone));
        List<String> viaFormat = themes(withResearch.analyze(QUESTION, format));
        List<String> viaUpload = themes(withResearch.analyze(QUESTION, "When a customer's S3 upload breaks a format rule, I'd tell them which rows."));

        // then
        assertThat(alone).as("a warehouse and an object store named on their own").doesNotContain("data integration");
        assertThat(viaFormat).as("the company's import format").contains("data integration");
        assertThat(viaUpload).as("a customer's upload through the connector").contains("data integration");
    }

    @Test
    void should_read_a_thing_that_always_behaves_one_way_as_description_and_a_cost_carried_as_reasoning() {
        // given
        String described = "I'd stop the load when a source that always sends rows sends none, and a blocking check "
                + "always comes with a message to the people who use the table. Blocking has a cost: the data is late.";
        String promised = "Blocking is always the safe answer and the pipeline always recovers on its own.";

        // when
        DraftAnalysis description = analyzer.analyze(QUESTION, described);
        DraftAnalysis promise = analyzer.analyze(QUESTION, promised);

        // then
        assertThat(rules(description)).as("one rule of the candidate's own after a description").doesNotContain("sweeping");
        assertThat(tradeOffs(description)).as("\"has a cost\"").isEqualTo(1);
        assertThat(rules(promise)).contains("sweeping");
    }

    @Test
    void should_not_tie_everyday_uses_of_the_companys_words_to_its_themes() {
        // given
        String everyday = "I prioritise by impact, look for opportunities to improve things and want insight into what matters. "
                + "I focus on business value and business impact.";
        String product = "I'd rank the opportunities by the insights linked to them, and keep the prioritisation history.";

        // when
        DraftAnalyzer withResearch = CoachFixtures.analyzer();
        List<String> plain = themes(withResearch.analyze(QUESTION, everyday));
        List<String> theirs = themes(withResearch.analyze(QUESTION, product));

        // then
        assertThat(plain).doesNotContain("opportunities and prioritisation", "customer insight", "business outcomes");
        assertThat(theirs).contains("opportunities and prioritisation", "customer insight");
    }

    @Test
    void should_count_architecture_labels_said_in_place_of_a_design_as_buzzwords() {
        // given
        String labels = "I'd use a medallion architecture: bronze layer for raw loads, silver layer for clean data and a gold "
                + "layer that is analytics-ready, all on a modern cloud warehouse.";
        String design = "I keep each file as it arrived in a raw table, and a second table holds one row per response, "
                + "keyed on the customer's own id, so a resent file replaces rows instead of adding them.";

        // when
        List<String> named = rules(analyzer.analyze(QUESTION, labels));
        List<String> designed = rules(analyzer.analyze(QUESTION, design));

        // then
        assertThat(named).contains("buzzwords");
        assertThat(designed).doesNotContain("buzzwords");
    }

    @Test
    void should_cap_a_recital_of_definitions_or_rules_but_not_the_same_facts_told_as_the_candidates_choice() {
        // given
        String question = "What is a slowly changing dimension, and when does it matter?";
        String recital = "A slowly changing dimension is a dimension whose values change now and then rather than on a schedule. "
                + "Type 1 overwrites the old value, so no history is kept. Type 2 adds a new row with start and end dates. "
                + "Type 3 keeps the previous value in a column of its own. The choice depends on the business need for history.";
        String chosen = "I keep the old value with the dates it was true, so a report can show a customer's segment as it was "
                + "on any day. Overwriting is cheaper, and I choose it where nobody asks about the past. "
                + "The cost is a bigger table and a join on dates, which I explain to the analysts once.";

        String rules = "Quality checks should be automated rather than run by hand. It's important to define targets with the "
                + "business. Failures should raise alerts to the owner. A good quality framework covers every stage of the pipeline, "
                + "from the first load to the last report, with checks on freshness, volume, schema and the values themselves, "
                + "and with the results kept over time on a dashboard that the business and the engineers both look at.";

        // when
        DraftAnalysis recited = analyzer.analyze(question, recital);
        DraftAnalysis prescribed = analyzer.analyze("What is a good approach to data quality?", rules);
        DraftAnalysis own = analyzer.analyze(question, chosen);

        // then
        assertThat(recited.scores().caps()).extracting(ScoreReason::reason).contains(Definitions.CAP_REASON);
        assertThat(prescribed.scores().caps()).extracting(ScoreReason::reason).contains(Definitions.CAP_REASON);
        assertThat(recited.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(own.scores().caps()).extracting(ScoreReason::reason).doesNotContain(Definitions.CAP_REASON);
    }

    @Test
    void should_not_take_a_pitch_line_as_the_company_tie_and_cost_credibility_when_it_claims_a_quality() {
        // given
        String answer = "I key every row on the customer's own id, so a resent file replaces rows instead of adding them. ";
        String pitched = answer + "I'd bring the same rigour to TheyDo's data foundation, so journeys and insights stay clean.";
        String habit = answer + "That's the habit I'd apply to TheyDo as well.";
        String tied = answer + "TheyDo's S3 format already ignores a resent support log with the same id, so I'd keep that rule.";
        String presented = answer + "I'd bring that list to you to agree on before building anything.";

        // when
        DraftAnalyzer withResearch = CoachFixtures.analyzer();
        DraftAnalysis pitch = withResearch.analyze(QUESTION, pitched);
        DraftAnalysis pitchHabit = withResearch.analyze(QUESTION, habit);
        DraftAnalysis tie = withResearch.analyze(QUESTION, tied);
        DraftAnalysis toYou = withResearch.analyze(QUESTION, presented);

        // then
        assertThat(rules(pitch)).contains("pitch-line");
        assertThat(rules(pitchHabit)).as("\"the habit I'd apply to TheyDo\"").contains("pitch-line");
        assertThat(pitch.relevance().companyMentions()).as("the company is still found").isNotEmpty();
        assertThat(reasons(pitch, Dimension.RELEVANCE)).noneSatisfy(r -> assertThat(r.reason()).startsWith("Ties to the company"));
        assertThat(reasons(pitch, Dimension.CREDIBILITY)).anySatisfy(r -> assertThat(r.reason()).startsWith("A pitch line"));
        assertThat(rules(tie)).doesNotContain("pitch-line");
        assertThat(reasons(tie, Dimension.RELEVANCE)).anySatisfy(r -> assertThat(r.reason()).startsWith("Ties to the company"));
        assertThat(rules(toYou)).as("a list brought to the interviewer is no pitch").doesNotContain("pitch-line");
    }

    @Test
    void should_cap_an_answer_of_claimed_qualities_but_not_a_mechanism_with_one_quality_word() {
        // given
        String qualities = "I'd build a robust, scalable import with proper error handling and efficient, consistent loads. "
                + "Following sound principles and good governance keeps it reliable and resilient for every customer.";
        String mechanism = "I'd key every row on the customer's own id, so a resent file overwrites the rows it sent before, "
                + "and a file with no ids is rejected with a message naming the rows. That keeps the import reliable.";

        // when
        DraftAnalysis claimed = analyzer.analyze(QUESTION, qualities);
        DraftAnalysis shown = analyzer.analyze(QUESTION, mechanism);

        // then
        assertThat(rules(claimed)).contains("abstractions");
        assertThat(claimed.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(surfaceCap(claimed)).as("the cap an answer of nothing else gets").hasValueSatisfying(c -> assertThat(c.rule()).isEqualTo("abstractions"));
        assertThat(rules(shown)).doesNotContain("abstractions");
        assertThat(surfaceCap(shown)).isEmpty();
    }

    @Test
    void should_hear_the_platform_slogans_as_buzzwords_but_not_the_plain_names_of_the_parts() {
        // given
        String slogans = "I'd build an AI-ready, event-driven import on a modern data stack, explainable AI by design, "
                + "which would unlock the value of every file and empower customers.";
        String plain = "I'd land each file as it arrived, key its rows on the customer's own id and load the changed rows "
                + "every hour, so a resent file overwrites what it sent before.";

        // when
        List<String> heard = rules(analyzer.analyze(QUESTION, slogans));
        List<String> named = rules(analyzer.analyze(QUESTION, plain));

        // then
        assertThat(heard).contains("buzzwords");
        assertThat(named).doesNotContain("buzzwords");
    }

    @Test
    void should_not_call_things_vague_when_they_are_counted_and_named_but_should_when_they_stand_in_for_names() {
        // given
        String counted = "I look at two things: the filter readers use most and the unit a load replaces. The first thing I check is the grain.";
        String standIn = "I fixed things in the import and improved lots of stuff around it.";

        // when
        List<String> countedVague = analyzer.analyze(QUESTION, counted).evidence().vague().stream().map(v -> v.span().text()).toList();
        List<String> standInVague = analyzer.analyze(QUESTION, standIn).evidence().vague().stream().map(v -> v.span().text()).toList();

        // then
        assertThat(countedVague).noneMatch(v -> v.contains("thing"));
        assertThat(standInVague).contains("things", "stuff");
    }

    @Test
    void should_credit_choices_given_with_their_reasons_but_not_a_reason_inside_a_slogan() {
        // given
        String reasoned = "I keep each file exactly as it arrived, because a bad day can then be rebuilt from it. "
                + "I key its rows on the customer's own id, so a resent file overwrites what it sent before.";
        String slogans = "I follow best practices because they unlock value for every team. "
                + "I keep things seamless, so the customer is empowered.";

        // when
        List<ScoreReason> withReasons = reasons(analyzer.analyze(QUESTION, reasoned), Dimension.CREDIBILITY);
        List<ScoreReason> withSlogans = reasons(analyzer.analyze(QUESTION, slogans), Dimension.CREDIBILITY);

        // then
        assertThat(withReasons).anySatisfy(r -> {
            assertThat(r.reason()).startsWith("Gives the reason for its choices (2 sentences");
            assertThat(r.points()).isEqualTo(1);
        });
        assertThat(withSlogans).noneSatisfy(r -> assertThat(r.reason()).startsWith("Gives the reason for its choices"));
    }

    @Test
    void should_read_a_deadline_the_choice_serves_as_its_reason() {
        // given
        String plan = "I'd keep a map of the jobs that others can use, because a map in my head helps nobody. "
                + "Around month three I'd fix the one place that map shows hurts most, so by month six there's something to point at.";
        String without = "I'd keep a map of the jobs that others can use, because a map in my head helps nobody. "
                + "Around month three I'd fix the one place that map shows hurts most, and by month six there's something to point at.";

        // when
        List<ScoreReason> withDeadline = reasons(analyzer.analyze(QUESTION, plan), Dimension.CREDIBILITY);
        List<ScoreReason> withoutPurpose = reasons(analyzer.analyze(QUESTION, without), Dimension.CREDIBILITY);

        // then
        assertThat(withDeadline).anySatisfy(r -> assertThat(r.reason()).startsWith("Gives the reason for its choices (2 sentences"));
        assertThat(withoutPurpose).noneSatisfy(r -> assertThat(r.reason()).startsWith("Gives the reason for its choices"));
    }

    private static java.util.Optional<Concern> surfaceCap(DraftAnalysis a) {
        return SurfaceCap.of(a.concerns(), a.evidence(), a.structure().sentences().stream().map(r -> r.span()).toList());
    }

    private static long tradeOffs(DraftAnalysis a) {
        return a.evidence().reasoning().stream().filter(r -> r.kind() == FindingKind.TRADE_OFF).count();
    }

    private static List<String> rules(DraftAnalysis a) {
        return a.concerns().stream().map(Concern::rule).toList();
    }

    private static List<ScoreReason> reasons(DraftAnalysis a, Dimension d) {
        return a.scores().dimensions().stream().filter(s -> s.dimension() == d).map(DimensionScore::reasons).findFirst().orElseThrow();
    }

    private static List<String> themes(DraftAnalysis a) {
        return a.relevance().companyMentions().stream().map(CompanyMention::theme).distinct().toList();
    }
}
