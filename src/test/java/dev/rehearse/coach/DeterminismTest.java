package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
class DeterminismTest {

    private final ObjectMapper json = CoachFixtures.json();

    @Test
    void should_give_the_identical_report_for_the_same_input_twice_and_across_analyzers() throws Exception {
        // given
        String q = GoldenDraftsTest.PIPELINE_QUESTION;
        String d = GoldenDraftsTest.STRONG_STORY + "\n\n" + GoldenDraftsTest.WEAK_STORY + " <b>Basically</b> I think, like, it was 🚀.";

        // when
        String first = json.writeValueAsString(CoachFixtures.analyzer().analyze(q, d));
        String second = json.writeValueAsString(CoachFixtures.analyzer().analyze(q, d));
        DraftAnalyzer shared = CoachFixtures.analyzer();
        shared.analyze("What makes a good data model?", "Something else entirely.");
        String third = json.writeValueAsString(shared.analyze(q, d));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(first).contains("\"overall\"").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
    }

    @Test
    void should_give_the_identical_report_with_the_language_check_on() throws Exception {
        // given
        DraftAnalyzer analyzer = new DraftAnalyzer(CoachFixtures.loadedChecker(), CoachFixtures.vocabulary());
        String q = "what makes a good data model?";
        String d = "It seperates facts from context and avoids unecessary complexity.";

        // when
        String first = json.writeValueAsString(analyzer.analyze(q, d));
        String second = json.writeValueAsString(analyzer.analyze(q, d));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"status\" : \"checked\"");
    }
}
