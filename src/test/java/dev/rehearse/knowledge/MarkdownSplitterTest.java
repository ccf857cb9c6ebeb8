package dev.rehearse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownSplitterTest {

    private final MarkdownSplitter splitter = new MarkdownSplitter();

    @Test
    void should_split_by_headings_and_keep_the_heading_path() {
        // given two sections of about 100 words each under a title
        String md = "---\ntitle: Acme\nsources:\n  - acme.example/about\ngathered: 2026-11\n---\n"
                + "# Acme\n\n## Funding\n\n" + words("seed", 100) + "\n\n## Customers\n\n" + words("bank", 100) + "\n";

        // when
        List<Passage> passages = splitter.parse(SourceFile.of("company/acme.md", md)).passages();

        // then
        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).section()).isEqualTo("Acme > Funding");
        assertThat(passages.get(0).title()).isEqualTo("Funding");
        assertThat(passages.get(1).section()).isEqualTo("Acme > Customers");
        assertThat(passages).allMatch(p -> p.kind() == PassageKind.RESEARCH);
        assertThat(passages).noneMatch(p -> p.text().contains("gathered"));
        // the citation starts at the heading line: line 9 is "## Funding"
        assertThat(passages.get(0).startLine()).isEqualTo(9);
        assertThat(passages.get(0).endLine()).isEqualTo(11);
    }

    @Test
    void should_merge_small_sections_until_about_80_words() {
        String md = "# Glossary\n\n## Journey\n\n" + words("journey", 30) + "\n\n## Persona\n\n" + words("persona", 30)
                + "\n\n## Insight\n\n" + words("insight", 30) + "\n\n## Metric\n\n" + words("metric", 120) + "\n";

        List<Passage> passages = splitter.parse(SourceFile.of("g.md", md)).passages();

        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).text()).contains("journey0").contains("Persona:").contains("insight29");
        assertThat(passages.get(0).wordCount()).isBetween(80, 250);
        assertThat(passages.get(1).title()).isEqualTo("Metric");
    }

    @Test
    void should_cut_long_sections_into_passages_of_at_most_250_words() {
        String paragraphs = IntStream.range(0, 6).mapToObj(i -> words("p" + i + "w", 90)).collect(Collectors.joining("\n\n"));
        String md = "# Long\n\n" + paragraphs + "\n";

        List<Passage> passages = splitter.parse(SourceFile.of("long.md", md)).passages();

        assertThat(passages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(passages).allSatisfy(p -> assertThat(p.wordCount()).isLessThanOrEqualTo(250));
        assertThat(passages.stream().mapToInt(Passage::wordCount).sum()).isEqualTo(540);
        assertThat(passages).allMatch(p -> p.section().equals("Long"));
    }

    @Test
    void should_not_treat_hashes_in_code_blocks_as_headings() {
        String md = "# Setup\n\n```\n# not a heading\nrun it\n```\n\nSome text after.\n";

        List<Passage> passages = splitter.parse(SourceFile.of("s.md", md)).passages();

        assertThat(passages).hasSize(1);
        assertThat(passages.get(0).text()).contains("# not a heading");
    }

    @Test
    void should_read_front_matter() {
        String md = "---\ntitle: Acme\nsources:\n  - a.example\n  - b.example\ngathered: 2026-11\n---\n# Acme\n";

        assertThat(MarkdownSplitter.frontMatter(md))
                .containsEntry("title", "Acme")
                .containsEntry("gathered", "2026-11")
                .containsEntry("sources", "- a.example\n- b.example");
    }

    private static String words(String stem, int n) {
        return IntStream.range(0, n).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
    }
}
