package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.testing.BundledKnowledge;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
class CritiqueTextTest {

    @Test
    void should_render_the_paypal_critique_as_readable_text() {
        // given
        PracticeQuestion paypal = CoachFixtures.notesQuestion("Can you walk me through a data system");
        Coach coach = new Coach(new DraftAnalyzer(CoachFixtures.loadedChecker(), KnowledgeVocabulary.empty()), BundledKnowledge.index());

        // when
        String text = CritiqueText.render(coach.critique(paypal.question(), paypal.answer()));

        // then
        assertThat(text)
                .contains("Type: Behavioural")
                .contains("Length: 159 words, about 68 s spoken (target 150-300 words, 64-129 s): within target")
                .containsPattern("Overall \\d\\.\\d / 5 \\((weak|developing|solid|strong)\\)")
                .contains("  structure    5  ")
                .contains("  - No reflection: close with what you learned or would do differently.")
                .contains("\"seperating\" → separating")
                .contains("Your notes answer this question (candidate/theydo-data-engineer-notes.txt:69-77): 0 words added, 0 removed")
                .contains("Tie to TheyDo: No tie to TheyDo yet")
                .contains("  1. How did you measure the result?")
                .contains("Prepare from candidate/theydo-data-engineer-notes.txt:69-77.")
                .contains("Numbers against your notes:")
                .contains("  \"two pipelines\": In your notes: \"When I reviewed the API constraints");
        assertThat(text).doesNotContain("null");
    }
}
