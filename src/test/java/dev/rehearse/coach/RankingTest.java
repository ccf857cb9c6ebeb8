package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.DraftAnalysis;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For each question, a weak and a strong answer: the strong one wins overall and where they differ. */
class RankingTest {

    /** The strong answers' figures are the candidate's own, so their notes state them (CoachFixtures.STORY_NOTES). */
    private static final DraftAnalyzer ANALYZER = CoachFixtures.analyzerWithStoryNotes();

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("behavioural", GoldenDraftsTest.PIPELINE_QUESTION, GoldenDraftsTest.WEAK_STORY, GoldenDraftsTest.STRONG_STORY,
                        List.of(Dimension.SUBSTANCE, Dimension.STRUCTURE, Dimension.CREDIBILITY, Dimension.DELIVERY)),
                Arguments.of("conceptual", "What makes a good data model?",
                        "A good data model is clean and easy to use. It should be well designed and avoid problems. "
                                + "Basically it's about making things better for the business.",
                        "A good data model makes the business questions easy to answer and hard to get wrong. "
                                + "First, it fixes the grain of every table, so one row always means one thing, such as one order line. "
                                + "Second, it separates facts, the events you measure, from dimensions, the context you describe them with. "
                                + "Third, it uses stable surrogate keys so history survives when source systems change. "
                                + "For example, at PayPal I modelled payments as a fact table at transaction grain with a payment-type dimension, "
                                + "which let finance compare payment types without double counting. "
                                + "The trade-off is more tables to join, which I accept because the definitions stay consistent.",
                        List.of(Dimension.SUBSTANCE, Dimension.STRUCTURE, Dimension.CREDIBILITY)),
                Arguments.of("motivation", "Why TheyDo specifically?",
                        "I'm looking for a role where I can grow and learn new technologies. I enjoy working with data and I think "
                                + "this would be a great next step for my career, because it seems like a really good company with nice people.",
                        "TheyDo turns customer journeys into structured data that enterprises use to prioritise opportunities, "
                                + "and that data layer is where I want to work. "
                                + "I'm motivated by problems where the model of the data decides what the product can do. "
                                + "For the last three years I've owned pipelines end to end at PayPal, including an ingestion redesign "
                                + "that made our payments reporting trusted by finance. "
                                + "That experience with messy sources and strict reporting is what I'd bring to connecting journeys to metrics like NPS and CSAT.",
                        List.of(Dimension.SUBSTANCE, Dimension.STRUCTURE, Dimension.RELEVANCE)),
                Arguments.of("working style", "How do you work when there is not much structure?",
                        "I'm pretty flexible and I just kind of figure things out as I go. I think communication is really important "
                                + "and I basically try to stay on top of stuff.",
                        "I set my own priorities by asking which piece of work unblocks the most people. "
                                + "At GoPuff I was the only data engineer on the growth team, so every Monday I wrote a short plan in Notion "
                                + "with three outcomes for the week and shared it in Slack. "
                                + "When a request came in mid-week, I compared it with those outcomes rather than picking it up straight away. "
                                + "As a result the analysts always knew what was coming, and our dashboard backlog dropped from 25 tickets to 8 in two months. "
                                + "That way of working is why I'm comfortable in a fully remote, async team.",
                        List.of(Dimension.SUBSTANCE, Dimension.STRUCTURE, Dimension.DELIVERY)),
                Arguments.of("self-introduction", "Tell me about yourself.",
                        "I'm a data engineer. I've done a lot of different things with data over the years and I really like it.",
                        "I'm a data engineer at a payments company, where I own ingestion and modelling for finance reporting. "
                                + "Before that I started at GoPuff, building pipelines for the growth team, and I rebuilt our PayPal ingestion "
                                + "so weekly payment reports went from 2 days late to on time every Monday. "
                                + "I'm now looking for a role closer to product, which is why this role on the data platform at TheyDo appeals to me.",
                        List.of(Dimension.SUBSTANCE, Dimension.STRUCTURE, Dimension.RELEVANCE)),
                Arguments.of("closing", "Do you have any questions for us?",
                        "Do you offer free lunches?",
                        "Yes: how is the data team structured today, and what would success look like for this role in the first six months?",
                        List.of(Dimension.SUBSTANCE, Dimension.STRUCTURE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void should_score_the_strong_answer_above_the_weak_one(String name, String question, String weak, String strong, List<Dimension> differ) {
        // when
        DraftAnalysis w = ANALYZER.analyze(question, weak);
        DraftAnalysis s = ANALYZER.analyze(question, strong);

        // then
        assertThat(s.scores().overall()).as("overall").isGreaterThan(w.scores().overall());
        for (Dimension d : Dimension.values()) {
            assertThat(s.scores().score(d)).as("%s", d).isGreaterThanOrEqualTo(w.scores().score(d));
        }
        for (Dimension d : differ) {
            assertThat(s.scores().score(d)).as("%s should be higher", d).isGreaterThan(w.scores().score(d));
        }
        assertThat(w.scores().overall()).as("a weak answer never scores well").isLessThan(3.0);
        assertThat(s.scores().overall()).isGreaterThanOrEqualTo(3.5);
    }
}
