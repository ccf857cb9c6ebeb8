package dev.rehearse.coach;

import static dev.rehearse.coach.CoachFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.Dimension;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.LanguageIssue;
import dev.rehearse.coach.report.LanguageStatus;
import dev.rehearse.coach.report.LengthVerdict;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.knowledge.PracticeQuestion;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The candidate's own answers, read from knowledge/candidate/ through the real notes parser. */
@Tag("integration")
class CandidateNotesTest {

    private static DraftAnalyzer checkedAnalyzer() {
        return new DraftAnalyzer(CoachFixtures.loadedChecker(), CoachFixtures.vocabulary());
    }

    private static List<String> spelling(DraftAnalysis a) {
        return a.language().issues().stream().filter(i -> i.kind() == FindingKind.SPELLING).map(i -> i.span().text()).toList();
    }

    @Test
    void should_critique_the_paypal_pipeline_answer() {
        // given
        PracticeQuestion paypal = CoachFixtures.notesQuestion("Can you walk me through a data system");

        // when
        DraftAnalysis a = checkedAnalyzer().analyze(paypal.question(), paypal.answer());

        // then: a behavioural story told in STAR order
        assertThat(a.question().type()).isEqualTo(QuestionType.BEHAVIOURAL);
        assertThat(a.structure().part("situation").sentences()).containsExactly(0, 1);
        assertThat(a.structure().part("action").sentences()).contains(2, 3, 4);
        assertThat(a.structure().part("result").sentences()).contains(7, 8);
        assertThat(a.structure().gaps()).extracting(Gap::id).containsExactly("gap-result-number", "gap-reflection");
        // the decision and its trade-off are there; the result is not measured
        assertThat(texts(a.evidence().reasoning())).contains("instead of", "trade-off");
        assertThat(texts(a.evidence().vague())).contains("significantly");
        assertThat(a.evidence().changes()).isEmpty();
        assertThat(texts(a.ownership().unclear())).singleElement().asString().startsWith("As a result, we replaced");
        // the notes' typos, and no false alarm on PayPal
        assertThat(a.language().status()).isEqualTo(LanguageStatus.CHECKED);
        assertThat(spelling(a)).containsExactly("seperate", "seperating").doesNotContain("PayPal");
        assertThat(a.delivery().length()).isEqualTo(LengthVerdict.WITHIN_TARGET);
        // the arc is whole: the scene set first, the action told as "I", a result, and the story ends on it; the
        // missing lesson stays a gap to fix, not a lost structure point
        assertThat(a.scores().score(Dimension.STRUCTURE)).isEqualTo(5);
        assertThat(a.scores().overall()).isBetween(3.0, 4.2);
    }

    @Test
    void should_critique_the_good_data_model_answer() {
        // given
        PracticeQuestion model = CoachFixtures.notesQuestion("what makes a good data model");

        // when
        DraftAnalysis a = checkedAnalyzer().analyze(model.question(), model.answer());

        // then: a conceptual answer with claim and principles but no example of the candidate's own
        assertThat(a.question().type()).isEqualTo(QuestionType.CONCEPTUAL);
        assertThat(a.structure().headlineFirst()).isTrue();
        assertThat(a.structure().part("claim").sentences()).containsExactly(0);
        assertThat(a.structure().part("principles").present()).isTrue();
        assertThat(a.structure().gaps()).extracting(Gap::id).containsExactly("gap-example");
        assertThat(spelling(a)).containsExactly("seperates", "unecessary");
        LanguageIssue unecessary = a.language().issues().stream().filter(i -> i.span().text().equals("unecessary")).findFirst().orElseThrow();
        assertThat(unecessary.suggestions()).startsWith("unnecessary");
        assertThat(a.delivery().length()).isEqualTo(LengthVerdict.FAR_TOO_SHORT);
        assertThat(a.scores().overall()).isLessThanOrEqualTo(2.5);
    }

    @Test
    void should_catch_the_typos_and_the_grammar_slip_in_the_motivation_answers() {
        // given
        PracticeQuestion why = CoachFixtures.notesQuestion("Why TheyDo specifically");
        PracticeQuestion motivating = CoachFixtures.notesQuestion("what's motivating you");

        // when
        DraftAnalysis a = checkedAnalyzer().analyze(why.question(), why.answer());
        DraftAnalysis b = checkedAnalyzer().analyze(motivating.question(), motivating.answer());

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.MOTIVATION);
        assertThat(spelling(a)).containsExactly("opertionalise");
        assertThat(spelling(b)).containsExactly("architecural");
        assertThat(b.language().issues()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(FindingKind.GRAMMAR);
            assertThat(i.span().text()).isEqualTo("interesting");
        });
        assertThat(b.structure().gaps()).extracting(Gap::id).contains("gap-company");
    }

    @Test
    void should_find_the_self_introduction_lacks_a_future_and_is_vague() {
        // given
        PracticeQuestion intro = CoachFixtures.notesQuestion("So tell me about your experience");

        // when
        DraftAnalysis a = checkedAnalyzer().analyze(intro.question(), intro.answer());

        // then
        assertThat(a.question().type()).isEqualTo(QuestionType.SELF_INTRODUCTION);
        assertThat(a.structure().gaps()).extracting(Gap::id).containsExactly("gap-future");
        assertThat(texts(a.evidence().vague())).contains("a lot of", "things");
        assertThat(texts(a.delivery().hedges())).contains("I'd say");
        assertThat(spelling(a)).containsExactly("seperating");
    }
}
