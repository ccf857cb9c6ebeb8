package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.ParsedFile;
import dev.rehearse.knowledge.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The company's name comes from the knowledge folder: declared in the research, or inferred when it is not. */
class KnowledgeVocabularyCompanyTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-company/knowledge");
    private final KnowledgeLoader loader = new KnowledgeLoader();

    @Test
    void should_name_the_company_the_research_declares() {
        // given
        KnowledgeBase kb = loader.load(FIXTURE);

        // when
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(kb);

        // then
        assertThat(vocabulary.companyNames()).containsExactly("Quillmark");
        assertThat(vocabulary.companyName()).contains("Quillmark");
        assertThat(vocabulary.properNouns()).contains("Quillmark");
    }

    @Test
    void should_infer_the_company_when_the_front_matter_does_not_name_it() {
        // given: the same folder with the company key taken out of every research file
        List<ParsedFile> files = loader.read(FIXTURE).stream()
                .map(f -> loader.parse(SourceFile.of(f.source(), f.text().replaceAll("(?m)^company: .*\\R", ""))))
                .toList();
        KnowledgeBase kb = new KnowledgeBase(files);

        // when
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(kb);

        // then
        assertThat(kb.company()).isEmpty();
        assertThat(vocabulary.companyNames()).containsExactly("Quillmark");
    }

    @Test
    void should_prefer_the_declared_name_over_the_name_the_files_use_most() {
        // given: research that talks about a customer more than about the company, which it declares
        String research = """
                ---
                title: Northwind
                company: Northwind Labs
                ---

                # Customers

                Ferrobank runs its reports on the platform. Ferrobank chose it for speed, and Ferrobank renewed.
                """;
        KnowledgeBase kb = new KnowledgeBase(List.of(loader.parse(SourceFile.of("company/customers.md", research)),
                loader.parse(SourceFile.of("notes.txt", "Why Ferrobank?\n\nBecause Ferrobank is a customer.\n"))));

        // when
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(kb);

        // then: the name as declared, its words known as names for the spelling check
        assertThat(vocabulary.companyNames()).containsExactly("Northwind Labs");
        assertThat(vocabulary.properNouns()).contains("Northwind", "Labs");
    }

    @Test
    void should_classify_why_the_declared_company_as_a_motivation_question() {
        // given
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(loader.load(FIXTURE));
        QuestionClassifier classifier = new QuestionClassifier(CoachRules.shared());

        // when
        QuestionType type = classifier.classify("Why Quillmark?", vocabulary.companyNames()).type();

        // then
        assertThat(type).isEqualTo(QuestionType.MOTIVATION);
    }
}
