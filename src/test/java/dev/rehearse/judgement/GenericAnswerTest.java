package dev.rehearse.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.testing.BundledKnowledge;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The generic red flag as served: sentences that read as stock claims (by meaning) in an answer with no concrete
 * anchor of the candidate's own cap it at 2.5; one anchor (a measure, a system they say what they did with, what the
 * interviewer said) lifts the flag, however the rest reads. A conceptual answer of claims true of every system reads
 * the same way.
 */
@Tag("integration")
class GenericAnswerTest {

    private static final String PLAN = "What would you want to have achieved after your first quarter here?";
    private static final String STOCK = "I'd want to be a trusted part of the team by then. I'd spend the early weeks listening,"
            + " learning the product and building good relationships with everyone I work with. After that I'd look for"
            + " ways to add value, take ownership of something meaningful and deliver it well. I'd keep my manager"
            + " informed and make sure my priorities match the company's goals. Above all I'd want people to see me as"
            + " dependable, positive and easy to work with.";

    private static DraftAnalyzer analyzer;

    @BeforeAll
    static void build() {
        analyzer = ServedAnalyzer.build(BundledKnowledge.embedder());
    }

    private static List<String> rules(DraftAnalysis a) {
        return a.concerns().stream().map(Concern::rule).toList();
    }

    @Test
    void should_cap_a_plan_made_only_of_stock_claims_and_say_why() {
        // when
        DraftAnalysis a = analyzer.analyze(PLAN, STOCK);

        // then
        assertThat(rules(a)).contains("generic");
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(a.scores().caps()).anySatisfy(c -> assertThat(c.reason()).contains("nothing of your own"));
        assertThat(a.concerns()).filteredOn(c -> c.rule().equals("generic")).singleElement()
                .satisfies(c -> assertThat(c.spans()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void should_not_flag_the_same_plan_once_it_rests_on_something_concrete() {
        // given: the stock plan with one anchor, then a plan built on concrete steps
        String anchored = STOCK + " You said the nightly loads need a lot of reverse engineering, so I'd start by"
                + " running each one by hand.";
        String concrete = "You said the loads are undocumented, so in the first month I'd run each one by hand in staging and"
                + " write down what it reads and writes. Then I'd pick the import that can't be rerun safely and make it"
                + " idempotent, with a test that proves it. By the end of the quarter you could check both the written map"
                + " and that fix.";

        // when
        DraftAnalysis withAnchor = analyzer.analyze(PLAN, anchored);
        DraftAnalysis built = analyzer.analyze(PLAN, concrete);

        // then
        assertThat(rules(withAnchor)).doesNotContain("generic");
        assertThat(rules(built)).doesNotContain("generic");
        assertThat(built.scores().overall()).isGreaterThan(analyzer.analyze(PLAN, STOCK).scores().overall());
    }
    @Test
    void should_lift_the_flag_when_the_plan_builds_on_what_the_interviewer_or_the_research_said_in_other_words() {
        // given: one pattern reads what the interviewer said for the relevance score and for the anchors alike
        String recruiter = STOCK + " Your recruiter mentioned that every model gets a second reviewer, so I'd ask to join"
                + " those reviews from the start.";
        String read = STOCK + " From what I read, customers send their data through an S3 connector, so I'd start by"
                + " tracing one customer's upload end to end.";

        // when
        DraftAnalysis heard = analyzer.analyze(PLAN, recruiter);
        DraftAnalysis researched = analyzer.analyze(PLAN, read);

        // then
        assertThat(rules(heard)).doesNotContain("generic");
        assertThat(rules(researched)).doesNotContain("generic");
    }

    @Test
    void should_cap_a_technical_answer_of_stock_claims_but_not_one_that_says_how_its_system_works() {
        // given
        String question = "What makes a data pipeline trustworthy?";
        String stock = "A trustworthy pipeline comes down to following best practices consistently. Data quality is critical"
                + " for every organisation, and good monitoring and alerting are essential. It's all about having the right"
                + " processes and standards in place from day one. Documentation is also key, so everyone can understand the"
                + " system and feel confident using it.";
        String working = "One that tells you when it is wrong before a reader does. I keep each day's raw file as it arrived,"
                + " so a bad day can be rebuilt from it, and I check row counts against the source before anything is"
                + " published. A file that never arrives raises an alert of its own, because silence raises no error.";

        // when
        DraftAnalysis claims = analyzer.analyze(question, stock);
        DraftAnalysis mechanism = analyzer.analyze(question, working);

        // then
        assertThat(claims.question().type().wireName()).isEqualTo("conceptual");
        assertThat(rules(claims)).contains("generic");
        assertThat(claims.scores().overall()).isLessThanOrEqualTo(2.5);
        assertThat(rules(mechanism)).doesNotContain("generic");
    }
}
