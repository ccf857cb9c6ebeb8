package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.QuestionMatch;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.report.ScoreReason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cap for an answer that misses the question needs the meaning and the words to miss it together: the sentence
 * embedding alone puts a strength said as a skill as far from the question as an unrelated paragraph.
 */
class OffTopicCapTest {

    private static Relevance relevance(double closest, List<String> matched) {
        QuestionMatch match = new QuestionMatch(true, closest, closest >= RelevanceAnalyzer.ANSWERS, 0, 5, List.of(), "the question");
        return new Relevance(List.of("good", "work"), matched, List.of(), matched.size() / 2.0, List.of(), List.of(), List.of(),
                match, List.of());
    }

    @Test
    void should_cap_when_neither_the_meaning_nor_any_word_of_the_question_is_taken_up() {
        // when
        Optional<ScoreReason> cap = RelevanceCriteria.offTopic(1, relevance(0.12, List.of()));

        // then
        assertThat(cap).hasValueSatisfying(r -> assertThat(r.reason()).startsWith("Overall capped at 2.5: no sentence takes up"));
    }

    @Test
    void should_not_cap_on_meaning_alone_when_the_draft_takes_up_a_word_of_the_question() {
        // when
        Optional<ScoreReason> cap = RelevanceCriteria.offTopic(1, relevance(0.12, List.of("work")));

        // then
        assertThat(cap).isEmpty();
    }

    @Test
    void should_not_cap_when_the_meaning_answers_or_relevance_earned_points() {
        // when
        Optional<ScoreReason> answered = RelevanceCriteria.offTopic(1, relevance(0.40, List.of()));
        Optional<ScoreReason> scored = RelevanceCriteria.offTopic(2, relevance(0.12, List.of()));
        Optional<ScoreReason> unjudged = RelevanceCriteria.offTopic(1, new Relevance(List.of(), List.of(), List.of(), 1.0,
                List.of(), List.of(), List.of(), QuestionMatch.notJudged(), List.of()));

        // then
        assertThat(answered).isEmpty();
        assertThat(scored).isEmpty();
        assertThat(unjudged).isEmpty();
    }
}
