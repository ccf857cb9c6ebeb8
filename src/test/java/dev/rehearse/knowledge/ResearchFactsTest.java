package dev.rehearse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResearchFactsTest {

    @Test
    void should_read_fact_lines_with_their_line_date_and_source_and_ignore_prose_when_a_file_has_facts() {
        // given
        String text = """
                ---
                company: Acme
                ---
                # Acme

                ## Ingestion

                - Acme's loader treats a re-sent file as a no-op. (2026-11; github acme/loader)
                - Acme keeps raw files for 30 days (see the docs). (2025-Q4; acme.com/docs (retention))
                Acme probably rewrote the loader in 2024, which this file cannot confirm.

                ## For the interview

                Say how your own loads could be re-run safely.
                """;

        // when
        List<ResearchFact> facts = ResearchFacts.of(SourceFile.of("company/acme.md", text));

        // then
        assertThat(facts).extracting(ResearchFact::statement).containsExactly(
                "Acme's loader treats a re-sent file as a no-op.", "Acme keeps raw files for 30 days (see the docs).");
        assertThat(facts.get(0).startLine()).isEqualTo(8);
        assertThat(facts.get(0).endLine()).isEqualTo(8);
        assertThat(facts.get(0).date()).isEqualTo("2026-11");
        assertThat(facts.get(0).origin()).isEqualTo("github acme/loader");
        assertThat(facts.get(0).section()).isEqualTo("Ingestion");
        assertThat(facts.get(1).date()).isEqualTo("2025-Q4");
        assertThat(facts.get(1).origin()).isEqualTo("acme.com/docs (retention)");
        assertThat(facts).allMatch(ResearchFact::stated);
    }

    @Test
    void should_read_every_line_of_a_facts_block_as_a_fact_without_a_list_mark() {
        // given
        String text = "# Acme\n\n```facts\nAcme was founded in 2019. (2019; acme.com/about)\nnot a fact line\n```\n";

        // when
        List<ResearchFact> facts = ResearchFacts.of(SourceFile.of("company/acme.md", text));

        // then
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.statement()).isEqualTo("Acme was founded in 2019.");
            assertThat(f.startLine()).isEqualTo(4);
        });
    }

    @Test
    void should_lift_prose_sentences_with_exact_lines_and_drop_meta_text_and_coaching_when_a_file_has_no_fact_lines() {
        // given
        String text = """
                # Acme data

                This file sums up what is known about Acme's data platform for the role.
                Acme's loader accepts JSON records and upserts them
                by their import key, so a record sent twice is not duplicated. The research does not say
                whether the limit applies per record or per file (notes, line 118).

                ## Why it matters

                Acme's customers rely on every nightly load finishing before their morning reports.
                """;

        // when
        List<ResearchFact> facts = ResearchFacts.of(SourceFile.of("company/acme.md", text));

        // then
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.statement()).isEqualTo(
                    "Acme's loader accepts JSON records and upserts them by their import key, so a record sent twice is not duplicated.");
            assertThat(f.startLine()).isEqualTo(4);
            assertThat(f.endLine()).isEqualTo(5);
            assertThat(f.stated()).isFalse();
        });
    }

    @Test
    void should_not_take_a_prose_sentence_ending_in_a_parenthesis_for_a_fact_line() {
        // when
        var parsed = FactLine.parse("Acme grew quickly (2026-11; acme.com)", false);

        // then
        assertThat(parsed).isEmpty();
        assertThat(FactLine.parse("- Acme grew quickly. (2026-11; acme.com)", false)).isPresent();
    }

    @Test
    void should_recognise_meta_text_of_the_kinds_research_notes_contain() {
        // then
        assertThat(List.of("This file sums up what is known.", "the research does not say whether it applies",
                "as written down (notes, line 118)", "Why it matters for the interview: ownership.",
                "Calling it an async company is not supported."))
                .allMatch(MetaText::isMeta);
        assertThat(MetaText.isMeta("Support logs sent twice are a no-op, so a failed load can be re-sent.")).isFalse();
    }
}
