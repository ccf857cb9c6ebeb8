package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.ScoreReason;
import org.junit.jupiter.api.Test;

/**
 * Relevance without the embedding model: an answer that does what its question asks on the question's topic is
 * relevant although it repeats few of the question's words; the share of words repeated is one signal, not a cap.
 */
public class RelevanceWithoutModelTest {

    public static final String QUESTION = "Can you walk me through a data system you designed end-to-end, including the key decisions you made?";
    /** The page's own example story: its subject is "our event pipeline", not "a data system". */
    public static final String STORY = "I led the rebuild of our event pipeline at a logistics start-up. Nightly loads took six hours"
            + " and failed twice a week, so analysts worked from stale numbers. I chose incremental loads with dbt over a"
            + " full streaming rewrite, because the team had no one to run Kafka. I wrote the merge logic, added tests on"
            + " every model and moved the schedule to Airflow. Loads now take 40 minutes and failed once in six months."
            + " Next time I would agree the data contracts with the product teams first.";
    public static final String OFF_TOPIC = "I bake sourdough at weekends. I started with a starter from a friend and fed it every"
            + " morning. My first loaves were flat, so I tried a longer proof in the fridge. Now the crust is crisp and the"
            + " crumb is open. Next I want to try rye flour.";

    private final DraftAnalyzer analyzer = new DraftAnalyzer();

    private static DimensionScore relevance(DraftAnalysis a) {
        return a.scores().dimensions().stream().filter(d -> d.dimension() == Dimension.RELEVANCE).findFirst().orElseThrow();
    }

    @Test
    void should_score_a_story_that_answers_the_question_in_its_own_words_at_least_three() {
        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, STORY);

        // then
        DimensionScore r = relevance(a);
        assertThat(a.relevance().overlap()).isLessThan(RelevanceCriteria.TAKE_UP);
        assertThat(r.score()).as(r.reasons().toString()).isGreaterThanOrEqualTo(3);
        assertThat(r.reasons()).extracting(ScoreReason::reason).noneMatch(s -> s.startsWith("Hardly picks up"));
        assertThat(r.reasons()).filteredOn(s -> s.points() > 0).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
    }

    @Test
    void should_keep_an_answer_on_another_subject_low() {
        // when
        DraftAnalysis a = analyzer.analyze(QUESTION, OFF_TOPIC);

        // then
        DimensionScore r = relevance(a);
        assertThat(r.score()).as(r.reasons().toString()).isLessThanOrEqualTo(2);
        assertThat(r.reasons()).extracting(ScoreReason::reason)
                .contains("Does not take up the question's topic: none of its topic words");
    }
}
