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
import java.util.List;
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
    void should_hand_the_model_the_domain_probes_the_draft_fired_quoting_the_draft() {
        // given: the PayPal answer speaks of retries and of daily files, which fire domain probes offline
        Critique report = coach.critique(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT);
        List<String> offlineProbes = report.followUps().stream().filter(f -> f.origin().equals("probe"))
                .map(f -> "Probe: " + f.question() + " (" + f.why() + ")").toList();

        // when
        OfflineFacts facts = CritiqueFacts.of(report);

        // then: the first three probes, in the offline ranking's order, each quoting the draft's own words
        List<String> probes = facts.facts().stream().filter(f -> f.startsWith("Probe: ")).toList();
        assertThat(offlineProbes).isNotEmpty();
        assertThat(probes).containsExactlyElementsOf(offlineProbes.subList(0, Math.min(3, offlineProbes.size())));
        assertThat(probes).anySatisfy(p -> assertThat(p).containsIgnoringCase("retr").contains("twice"));
        assertThat(probes).allSatisfy(p -> assertThat(Drafts.PAYPAL_DRAFT).contains(quoted(p)));
    }

    /** The draft words a probe quotes: between its first pair of quotation marks, without the ellipses. */
    private static String quoted(String probe) {
        String inside = probe.substring(probe.indexOf('"') + 1, probe.indexOf('"', probe.indexOf('"') + 1));
        return inside.replace("…", "").strip();
    }

    @Test
    void should_give_the_same_facts_for_the_same_draft() {
        assertThat(CritiqueFacts.of(coach.critique(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT)))
                .isEqualTo(CritiqueFacts.of(coach.critique(Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT)));
    }
}
