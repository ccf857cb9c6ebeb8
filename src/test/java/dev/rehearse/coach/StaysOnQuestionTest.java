package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.QuestionMatch;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.report.StructureReport;
import dev.rehearse.coach.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story or a proof moves away from the question's words by design, so in the frameworks that tell one a sentence
 * doing a part of the job stays on the question as much as one resembling it. A concept explained off the point, or
 * a story of asides, does not.
 */
class StaysOnQuestionTest {

    /** Six sentences, one of them close to the question by meaning. */
    private static final QuestionMatch ONE_CLOSE = new QuestionMatch(true, 0.4, true, 1, 6, List.of(), "the question");

    private static StructureReport structure(String framework, int withParts) {
        List<SentenceRole> roles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            roles.add(new SentenceRole("sentence-" + i, i, new Span(0, 1, "x"), 12, i < withParts ? List.of("action") : List.of()));
        }
        return new StructureReport(framework, false, roles, List.of(), List.of());
    }

    @Test
    void should_keep_a_story_on_the_question_when_most_sentences_tell_it() {
        assertThat(RelevanceCriteria.staysOnIt(ONE_CLOSE, structure(StructureAnalyzer.STAR, 4))).isTrue();
        assertThat(RelevanceCriteria.staysOnIt(ONE_CLOSE, structure("approach-example-outcome", 3))).isTrue();
    }

    @Test
    void should_not_keep_a_story_of_asides_or_a_concept_that_drifts() {
        assertThat(RelevanceCriteria.staysOnIt(ONE_CLOSE, structure(StructureAnalyzer.STAR, 2))).isFalse();
        assertThat(RelevanceCriteria.staysOnIt(ONE_CLOSE, structure("claim-principles-example", 6))).isFalse();
    }

    @Test
    void should_keep_any_answer_whose_sentences_resemble_the_question() {
        QuestionMatch mostClose = new QuestionMatch(true, 0.4, true, 4, 6, List.of(), "the question");
        assertThat(RelevanceCriteria.staysOnIt(mostClose, structure("claim-principles-example", 0))).isTrue();
    }
}
