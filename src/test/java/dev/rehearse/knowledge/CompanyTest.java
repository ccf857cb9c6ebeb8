package dev.rehearse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-company/knowledge");
    private final KnowledgeLoader loader = new KnowledgeLoader();

    private ParsedFile research(String source, String frontMatter) {
        return loader.parse(SourceFile.of(source, "---\ntitle: Research\n" + frontMatter + "gathered: 2026-11\n---\n\n# Facts\n\nSome facts.\n"));
    }

    @Test
    void should_take_the_company_from_the_research_front_matter() {
        // given: a knowledge folder whose research files say "company: Quillmark"
        // when
        KnowledgeBase kb = loader.load(FIXTURE);

        // then: the first file in path order that declares it is named as the source
        assertThat(kb.company()).contains(new Company("Quillmark", "company/data-platform.md"));
    }

    @Test
    void should_name_no_company_when_no_file_declares_one() {
        // given
        KnowledgeBase kb = new KnowledgeBase(List.of(research("company/a.md", ""), loader.parse(SourceFile.of("notes.txt", "company: Acme\n"))));

        // when / then: a notes file's "company:" line is not front matter
        assertThat(kb.company()).isEmpty();
    }

    @Test
    void should_take_the_name_most_files_declare_when_they_disagree() {
        // given: a folder half-way through a rename
        KnowledgeBase kb = new KnowledgeBase(List.of(
                research("company/a.md", "company: Oldname\n"),
                research("company/b.md", "company: \"Newname & Co\"\n"),
                research("company/c.md", "company: 'Newname & Co'\n")));

        // when / then: quotes are YAML's, not part of the name
        assertThat(kb.company()).contains(new Company("Newname & Co", "company/b.md"));
    }

    @Test
    void should_break_a_tie_by_the_first_file_in_path_order_whatever_order_the_files_came_in() {
        // given
        ParsedFile b = research("company/b.md", "company: Beta\n");
        ParsedFile a = research("company/a.md", "company: Alpha\n");

        // when
        KnowledgeBase kb = new KnowledgeBase(List.of(b, a));

        // then
        assertThat(kb.company().map(Company::name)).contains("Alpha");
    }

    @Test
    void should_follow_the_front_matter_when_a_file_changes() {
        // given
        KnowledgeBase kb = new KnowledgeBase(List.of(research("company/a.md", "company: Alpha\n")));

        // when
        KnowledgeBase renamed = kb.with("company/a.md", research("company/a.md", "company: Gamma\n"));

        // then
        assertThat(renamed.company().map(Company::name)).contains("Gamma");
        assertThat(kb.with("company/a.md", null).company()).isEmpty();
    }
}
