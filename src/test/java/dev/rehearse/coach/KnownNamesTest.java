package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.DraftText;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The knowledge's names as a matcher: built once per knowledge version, bounded however many headings the folder has. */
class KnownNamesTest {

    private static final int GENERATED = 120_000;
    private static final KnowledgeVocabulary MANY_NAMES = vocabularyWithManyNames();

    /** Names like a folder of 120k generated headings: "Heading000001Alpha", ... */
    private static KnowledgeVocabulary vocabularyWithManyNames() {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < GENERATED; i++) {
            names.add(String.format("Heading%06dAlpha", i));
        }
        names.add("AcmeCorp");
        return new KnowledgeVocabulary(names, List.of("AcmeCorp"), List.of(), false, Set.of());
    }

    private static AnalysisContext context(KnowledgeVocabulary vocabulary, String draft) {
        CoachRules rules = CoachRules.shared();
        return new AnalysisContext("Why AcmeCorp?", DraftText.of(draft, rules.abbreviations),
                rules.profile(QuestionType.MOTIVATION), rules, vocabulary);
    }

    @Test
    void should_build_the_name_matcher_once_per_knowledge_version_when_drafts_repeat() {
        // given
        KnowledgeVocabulary vocabulary = MANY_NAMES;
        EvidenceExtractor extractor = new EvidenceExtractor(CoachRules.shared());

        // when
        var first = extractor.knownNames(context(vocabulary, "I joined AcmeCorp."));
        var second = extractor.knownNames(context(vocabulary, "AcmeCorp again."));
        var afterChange = extractor.knownNames(context(KnowledgeVocabulary.empty(), "AcmeCorp again."));

        // then
        assertThat(second).isSameAs(first);
        assertThat(afterChange).isNotSameAs(first);
    }

    @Test
    void should_bound_the_names_looked_for_when_the_knowledge_has_120k_headings() {
        // given
        KnowledgeVocabulary vocabulary = MANY_NAMES;
        EvidenceExtractor extractor = new EvidenceExtractor(CoachRules.shared());

        // when
        int looked = extractor.knownNames(context(vocabulary, "x")).entries().size();

        // then
        assertThat(looked).isEqualTo(EvidenceExtractor.MAX_KNOWN_NAMES);
    }

    @Test
    void should_find_a_known_name_in_a_draft_when_the_knowledge_has_120k_headings() {
        // given
        DraftAnalyzer analyzer = new DraftAnalyzer(LanguageChecker.disabled(EnglishVariant.BRITISH, "off in this test"),
                MANY_NAMES);

        // when
        DraftAnalysis analysis = analyzer.analyze("Why AcmeCorp?", "I read Heading000042Alpha before joining AcmeCorp.");

        // then
        assertThat(analysis.evidence().names()).extracting(n -> n.name() + "/" + n.source())
                .contains("Heading000042Alpha/knowledge");
    }
}
