package dev.rehearse.llm.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.BundledKnowledge;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The offline coach's real report on the candidate's PayPal answer, turned into the model's facts. */
@Tag("integration")
class CritiqueFactsTest {

    private static final KnowledgeIndex INDEX = BundledKnowledge.index();
    private final Coach coach = new Coach(new DraftAnalyzer(
            LanguageChecker.disabled(EnglishVariant.BRITISH, "not needed here"), KnowledgeVocabulary.from(INDEX.knowledge())), INDEX);

    @Test
    void should_hand_the_model_the_offline_findings_of_the_paypal_answer() {
        // given
        Critique report = coach.critique(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT);

        // when
        OfflineFacts facts = CritiqueFacts.of(report);

        // then
        assertThat(facts.questionType()).isEqualTo(report.question().type().wireName()).isEqualTo("behavioural");
        assertThat(facts.facts()).hasSizeLessThanOrEqualTo(CritiqueFacts.MAX_FACTS);
        assertThat(facts.facts()).anySatisfy(f -> assertThat(f).startsWith("Length: " + report.delivery().wordCount() + " words"));
        assertThat(facts.facts()).anySatisfy(f -> assertThat(f).startsWith("Ownership: \"I\" "
                + (report.ownership().iCount() == 1 ? "once" : report.ownership().iCount() + " times")));
        assertThat(facts.facts()).last().asString().startsWith("Offline scores: substance " + report.scores().score(
                dev.rehearse.coach.report.Dimension.SUBSTANCE));
        report.structure().gaps().forEach(g -> assertThat(facts.facts()).contains("Structure gap: " + g.message()));
    }

    @Test
    void should_give_the_same_facts_for_the_same_draft() {
        assertThat(CritiqueFacts.of(coach.critique(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT)))
                .isEqualTo(CritiqueFacts.of(coach.critique(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT)));
    }
}
