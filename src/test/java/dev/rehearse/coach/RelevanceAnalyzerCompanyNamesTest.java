package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.CompanyMention;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.DraftText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The company's names as a phrase list: built once per list of names, and never one company's list for another's draft. */
class RelevanceAnalyzerCompanyNamesTest {

    private static KnowledgeVocabulary vocabulary(String company) {
        return new KnowledgeVocabulary(Set.of(company), List.of(company), List.of(), true, Set.of());
    }

    private static AnalysisContext context(KnowledgeVocabulary vocabulary, String draft) {
        CoachRules rules = CoachRules.shared();
        return new AnalysisContext("Why do you want to join us?", DraftText.of(draft, rules.abbreviations),
                rules.profile(QuestionType.MOTIVATION), rules, vocabulary);
    }

    private static List<String> companyNamed(RelevanceAnalyzer analyzer, KnowledgeVocabulary vocabulary, String draft) {
        return analyzer.analyze(context(vocabulary, draft)).companyMentions().stream()
                .filter(CompanyMention::namesCompany).map(m -> m.span().text()).toList();
    }

    @Test
    void should_build_the_company_name_list_once_when_drafts_and_knowledge_versions_repeat_the_name() {
        // given
        KnowledgeVocabulary acme = vocabulary("Acme");
        RelevanceAnalyzer analyzer = new RelevanceAnalyzer();

        // when
        var first = analyzer.companyNames(context(acme, "I want to join Acme."));
        var second = analyzer.companyNames(context(acme, "Acme again."));
        var nextVersion = analyzer.companyNames(context(vocabulary("Acme"), "Acme again."));
        var otherCompany = analyzer.companyNames(context(vocabulary("Northwind"), "Northwind now."));

        // then
        assertThat(second).isSameAs(first);
        assertThat(nextVersion).isSameAs(first);
        assertThat(otherCompany).isNotSameAs(first);
        assertThat(analyzer.companyNames(context(acme, "Back to Acme."))).isSameAs(first);
    }

    @Test
    void should_find_each_companys_own_name_when_the_company_changes_between_drafts() {
        // given
        String draft = "Acme and Northwind both ship freight; I want to build the Northwind data platform.";
        RelevanceAnalyzer analyzer = new RelevanceAnalyzer();

        // when
        List<String> forAcme = companyNamed(analyzer, vocabulary("Acme"), draft);
        List<String> forNorthwind = companyNamed(analyzer, vocabulary("Northwind"), draft);
        List<String> forAcmeAgain = companyNamed(analyzer, vocabulary("acme"), draft);

        // then: the names match case-insensitively, as whole words
        assertThat(forAcme).containsExactly("Acme");
        assertThat(forNorthwind).containsExactly("Northwind", "Northwind");
        assertThat(forAcmeAgain).containsExactly("Acme");
    }
}
