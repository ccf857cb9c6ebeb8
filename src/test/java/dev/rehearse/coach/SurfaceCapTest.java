package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.ScoreReason;
import org.junit.jupiter.api.Test;

/** Praise and stock phrases with nothing checkable behind them stay at 2.5 or below, with the reason shown. */
class SurfaceCapTest {

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private static final String QUESTION = "Why do you want to work here?";

    @Test
    void should_cap_praise_with_nothing_checkable_at_two_and_a_half_and_say_why() {
        // given
        String draft = "Your company is amazing and the product is beautiful. Everyone I talk to says the team is world-class. "
                + "I have always admired what you do, and I think I would fit in brilliantly with such a talented team.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, draft);

        // then
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(SurfaceCap.of(a.concerns(), a.evidence(), sentences(a))).get().extracting(c -> SurfaceCap.reason(c)).asString()
                .startsWith("Overall capped at 2.5: Praise without specifics").contains("Nothing in it can be checked");
    }

    @Test
    void should_cap_two_kinds_of_surface_even_with_a_constraint_word_among_them_but_not_one_kind() {
        // given
        String question = "Where should transformation happen in a pipeline?";
        String twoKinds = "In the warehouse, always: compute is elastic, so transformation is automatically cheap. Legacy ETL was "
                + "built for old servers. A modern data stack will unlock value and empower every team, AI-ready by design.";
        String oneKind = "In the warehouse, always: compute is elastic, so transformation is automatically cheap. Legacy ETL was "
                + "built for servers that were expensive to run, and I had to keep one alive at my last job.";

        // when
        DraftAnalysis both = analyzer.analyze(question, twoKinds);
        DraftAnalysis one = analyzer.analyze(question, oneKind);

        // then
        assertThat(both.concerns()).extracting(c -> c.rule()).contains("sweeping", "buzzwords");
        assertThat(SurfaceCap.of(both.concerns(), both.evidence(), sentences(both))).isPresent();
        assertThat(one.concerns()).extracting(c -> c.rule()).contains("sweeping").doesNotContain("buzzwords");
        assertThat(SurfaceCap.of(one.concerns(), one.evidence(), sentences(one))).as("a constraint weighed beside one kind").isEmpty();
    }

    @Test
    void should_cap_praise_when_its_only_figure_is_said_inside_the_praise() {
        // given: the figure is the company's, quoted as part of the compliment
        String draft = "Your engineering handbook is one of the best I've ever read, and 80% deep-work time sounds like a dream. "
                + "It's so refreshing to see a company that trusts its engineers, and I'd thrive there.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, draft);

        // then
        assertThat(a.evidence().quantities()).isNotEmpty();
        assertThat(SurfaceCap.of(a.concerns(), a.evidence(), sentences(a))).isPresent();
        assertThat(a.scores().overall()).isLessThanOrEqualTo(SurfaceCap.CAP);
    }

    @Test
    void should_not_cap_a_specific_answer_for_one_burst_of_praise() {
        // given
        String draft = "Your product is amazing and the team is world-class. I rebuilt a nightly load that failed three times a month, "
                + "cut its runtime from 4 hours to 40 minutes, and I want to do the same for your journey data.";

        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, draft);

        // then
        assertThat(SurfaceCap.of(a.concerns(), a.evidence(), sentences(a))).isEmpty();
        assertThat(a.scores().caps()).extracting(ScoreReason::reason).noneMatch(r -> r.contains("Nothing in it can be checked"));
    }

    @Test
    void should_cap_stock_closing_questions_when_they_ask_nothing_only_this_team_can_answer() {
        // given
        String question = "What would you like to know about the team?";
        String stock = "What's the team culture like? And what does a typical day look like? I'd also love to know what you "
                + "enjoy most about working here, and what opportunities there are for growth. Finally, what are the next steps?";
        String specific = "How is the data team structured today, and how does this role fit into the plans for the journey data? "
                + "Would I be in product's planning, or receive requests after decisions are made?";

        // when
        DraftAnalysis generic = analyzer.analyze(question, stock);
        DraftAnalysis own = analyzer.analyze(question, specific);

        // then
        assertThat(generic.concerns()).anyMatch(c -> c.rule().equals("stock-questions"));
        assertThat(generic.scores().overall()).isLessThanOrEqualTo(SurfaceCap.CAP);
        assertThat(own.concerns()).noneMatch(c -> c.rule().equals("stock-questions"));
    }

    @Test
    void should_not_count_a_figure_repeated_from_the_question_as_something_checkable() {
        // given
        String question = "How would you approach your first six months here?";
        String draft = "I'd get to know the team, understand the culture and get up to speed. Then I'd start contributing, "
                + "add value and make an impact within my first six months, and build relationships with key stakeholders.";

        // when
        DraftAnalysis a = analyzer.analyze(question, draft);

        // then: "six months" is found as a number, but as the question's own figure, not a measure
        assertThat(a.evidence().numbers()).extracting(n -> n.span().text()).contains("six months");
        assertThat(a.evidence().numbers()).filteredOn(n -> n.span().text().equals("six months"))
                .allSatisfy(n -> assertThat(n.message()).startsWith("The question's own figure"));
        assertThat(a.evidence().quantities()).isEmpty();
        assertThat(SurfaceCap.of(a.concerns(), a.evidence(), sentences(a))).isPresent();
        // asked something else, the same figure told in a sentence of its own, free of slogans, is a measure
        DraftAnalysis other = analyzer.analyze("Why this role?", "I'd get to know the team, understand the culture and "
                + "get up to speed. I rebuilt the billing export on my own within six months.");
        assertThat(other.evidence().quantities()).isNotEmpty();
        assertThat(SurfaceCap.of(other.concerns(), other.evidence(), sentences(other))).isEmpty();
    }

    @Test
    void should_not_take_a_constraint_word_inside_the_slogans_as_a_constraint_weighed() {
        // given
        String question = "Why does data quality matter to a product team?";
        String slogans = "Data quality is a key pillar of a cloud-native, future-proof platform. It lets teams move fast without "
                + "breaking things and gives a single source of truth, which is a game-changer. With best practices it unlocks "
                + "enterprise-grade trust at scale.";
        String weighed = slogans + " The constraint is cost: each check runs on every load, so I keep them to the columns "
                + "people decide on.";

        // when
        DraftAnalysis a = analyzer.analyze(question, slogans);
        DraftAnalysis b = analyzer.analyze(question, weighed);

        // then: "without breaking" is found as reasoning, but it sits among the buzzwords
        assertThat(a.evidence().reasoning()).isNotEmpty();
        assertThat(a.concerns()).anyMatch(c -> c.rule().equals("buzzwords"));
        assertThat(SurfaceCap.of(a.concerns(), a.evidence(), sentences(a))).isPresent();
        assertThat(a.scores().overall()).isLessThanOrEqualTo(SurfaceCap.CAP);
        // a constraint said plainly in a sentence of its own is weighed
        assertThat(SurfaceCap.of(b.concerns(), b.evidence(), sentences(b))).isEmpty();
    }

    private static java.util.List<dev.rehearse.coach.text.Span> sentences(DraftAnalysis a) {
        return a.structure().sentences().stream().map(s -> s.span()).toList();
    }

    @Test
    void should_cap_a_story_of_framework_labels_over_parts_that_say_nothing_but_not_the_story_told_plainly() {
        // given
        String question = "Tell me about a time you fixed a report people relied on.";
        String labels = "In terms of the situation, there was a report the finance team relied on, and it had some reliability "
                + "issues that were affecting their work. Task-wise, as the engineer who owned it, I had to get to the bottom of "
                + "it and put it right. As for the action, I investigated the pipeline carefully, looked at each step in turn, "
                + "talked to the people who used the report, and then implemented a fix and tested it before releasing it. "
                + "Result-wise, the report worked again, the team trusted it, and I learned to always check the data itself "
                + "rather than assuming the job does what it says.";
        String told = "The weekly payments report had been showing one day instead of seven for months. I compared the dates in "
                + "the load with what the API allowed and found it only returned one day per call, so I split the job into a "
                + "daily extract and a weekly roll-up. Before switching over I ran both versions side by side for two weeks and "
                + "showed the finance lead where the numbers differed and why, so nobody was surprised when the totals jumped. "
                + "The report has matched the ledger every week since, and I now check the dates in a load before I trust a "
                + "job that says it succeeded.";

        // when
        DraftAnalysis labelled = analyzer.analyze(question, labels);
        DraftAnalysis plain = analyzer.analyze(question, told);

        // then
        assertThat(labelled.concerns()).extracting(c -> c.rule()).contains("framework-labels");
        assertThat(labelled.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(labelled.scores().caps()).extracting(ScoreReason::reason).anyMatch(r -> r.contains("Nothing in it can be checked"));
        assertThat(plain.concerns()).extracting(c -> c.rule()).doesNotContain("framework-labels");
        assertThat(plain.scores().overall()).isGreaterThan(2.5);
    }
}
