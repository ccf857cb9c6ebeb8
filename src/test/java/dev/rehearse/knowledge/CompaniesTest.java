package dev.rehearse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.CompaniesFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompaniesTest {

    private final KnowledgeLoader loader = new KnowledgeLoader();

    @TempDir
    Path temp;

    @Test
    void should_find_one_company_per_folder_named_by_its_front_matter() {
        // given
        KnowledgeBase kb = loader.load(CompaniesFixture.build(temp));

        // when
        Companies companies = kb.companies();

        // then
        assertThat(companies.slugs()).containsExactly("northwind", "theydo");
        assertThat(companies.find("northwind").orElseThrow().name()).isEqualTo("Northwind Freight");
        assertThat(companies.find("theydo").orElseThrow().name()).isEqualTo("TheyDo");
        assertThat(companies.find("northwind").orElseThrow().sources()).contains("companies/northwind/the-role.md")
                .allMatch(s -> s.startsWith("companies/northwind/"));
        assertThat(companies.find("northwind").orElseThrow().passages()).isPositive();
    }

    @Test
    void should_give_the_candidates_files_to_no_company_and_research_to_its_own() {
        // given
        KnowledgeBase kb = loader.load(CompaniesFixture.build(temp));

        // when / then
        assertThat(kb.companies().companyOf("candidate/theydo-data-engineer-notes.txt")).isEmpty();
        assertThat(kb.companies().companyOf("companies/theydo/overview.md")).contains("theydo");
        assertThat(kb.companies().companyOf("companies/northwind/overview.md")).contains("northwind");
    }

    @Test
    void should_see_the_shared_notes_and_only_its_own_research_when_scoped_to_a_company() {
        // given
        KnowledgeBase kb = loader.load(CompaniesFixture.build(temp));

        // when
        KnowledgeBase northwind = kb.forCompany("northwind");

        // then
        assertThat(northwind.company().map(Company::name)).contains("Northwind Freight");
        assertThat(northwind.questions()).isEqualTo(kb.questions());
        assertThat(northwind.passages()).filteredOn(p -> p.kind() == PassageKind.RESEARCH).isNotEmpty()
                .allMatch(p -> p.source().startsWith("companies/northwind/"));
        assertThat(kb.forCompany("theydo").company().map(Company::name)).contains("TheyDo");
    }

    @Test
    void should_read_the_single_company_layout_as_one_company() {
        // given: the bundled folder, candidate/ and company/
        KnowledgeBase kb = loader.load(BundledKnowledge.FOLDER);

        // when
        Companies companies = kb.companies();

        // then
        assertThat(companies.list()).singleElement().satisfies(c -> {
            assertThat(c.slug()).isEqualTo("theydo");
            assertThat(c.name()).isEqualTo("TheyDo");
            assertThat(c.sources()).allMatch(s -> s.startsWith("company/"));
        });
        assertThat(kb.forCompany("theydo").passages()).hasSameSizeAs(kb.passages());
    }

    @Test
    void should_name_a_company_folder_without_front_matter_by_its_slug() {
        // given
        KnowledgeBase kb = new KnowledgeBase(List.of(
                loader.parse(SourceFile.of("companies/acme/notes.md", "# Acme\n\nAcme ships parcels across the whole of Europe every day.\n"))));

        // when / then
        assertThat(kb.companies().find("acme").map(CompanyResearch::name)).contains("acme");
        assertThat(kb.forCompany("acme").company().map(Company::name)).contains("acme");
    }

    @Test
    void should_default_to_the_configured_company_else_the_first() {
        // given
        Companies companies = loader.load(CompaniesFixture.build(temp)).companies();

        // when / then
        assertThat(companies.defaultCompany(Optional.of("theydo")).map(CompanyResearch::slug)).contains("theydo");
        assertThat(companies.defaultCompany(Optional.empty()).map(CompanyResearch::slug)).contains("northwind");
        assertThat(companies.defaultCompany(Optional.of("nobody")).map(CompanyResearch::slug)).contains("northwind");
    }

    @Test
    void should_not_count_the_candidates_story_file_as_research() {
        // given: a flat folder
        KnowledgeBase kb = new KnowledgeBase(List.of(
                loader.parse(SourceFile.of("stories.md", "# PayPal pipeline\n\nI rebuilt the ingestion of payments.\n")),
                loader.parse(SourceFile.of("acme.md", "---\ncompany: Acme\n---\n\n# Acme\n\nAcme ships parcels across Europe.\n"))));

        // when / then
        assertThat(kb.companies().list()).singleElement().satisfies(c -> assertThat(c.sources()).containsExactly("acme.md"));
    }
}
