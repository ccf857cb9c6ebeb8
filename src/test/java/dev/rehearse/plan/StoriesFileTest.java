package dev.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoriesFileTest {

    @Test
    void should_read_title_lines_themes_and_text_when_the_entry_is_well_formed() {
        // given
        String text = """
                # My stories

                ## Payments pipeline rebuild
                lines: candidate/notes.txt:69-77
                themes: reliability, Technical depth
                I split ingestion from aggregation.
                """;

        // when
        StoriesFile.Parsed parsed = StoriesFile.parse(text);

        // then
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Payments pipeline rebuild");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.source()).isEqualTo("candidate/notes.txt");
            assertThat(e.startLine()).isEqualTo(69);
            assertThat(e.endLine()).isEqualTo(77);
            assertThat(e.themes()).containsExactly("reliability", "technical-depth");
            assertThat(e.text()).isEqualTo("I split ingestion from aggregation.");
        });
    }

    @Test
    void should_warn_with_the_line_number_and_keep_reading_when_a_line_is_malformed() {
        // given
        String text = """
                ## First
                lines: sixty to seventy
                themes: ownership, bravery
                Text of the first.

                ## Second
                lines: 12-14
                """;

        // when
        StoriesFile.Parsed parsed = StoriesFile.parse(text);

        // then
        assertThat(parsed.warnings()).hasSize(2);
        assertThat(parsed.warnings().get(0)).startsWith("stories.md line 2:").contains("not a line range");
        assertThat(parsed.warnings().get(1)).startsWith("stories.md line 3:").contains("unknown theme bravery");
        assertThat(parsed.entries()).extracting(StoriesFile.Entry::title).containsExactly("First", "Second");
        assertThat(parsed.entries().get(0).themes()).containsExactly("ownership");
        assertThat(parsed.entries().get(1).source()).isEmpty();
        assertThat(parsed.entries().get(1).startLine()).isEqualTo(12);
    }

    @Test
    void should_warn_when_text_comes_before_the_first_story_or_a_story_is_empty() {
        // given
        String text = "lines: 3-4\n## Empty one\n\n## Kept\nSome text.\n";

        // when
        StoriesFile.Parsed parsed = StoriesFile.parse(text);

        // then
        assertThat(parsed.warnings()).containsExactly(
                "stories.md line 1: text before the first \"## \" story heading is not part of any story",
                "stories.md line 2: the story \"Empty one\" has no lines, text or themes");
        assertThat(parsed.entries()).extracting(StoriesFile.Entry::title).containsExactly("Kept");
    }

    @Test
    void should_warn_and_leave_the_story_out_when_its_heading_has_no_title() {
        // given
        String text = "## \nlines: 3-4\nthemes: ownership\n## Kept\nSome text.\n";

        // when
        StoriesFile.Parsed parsed = StoriesFile.parse(text);

        // then: one warning for the heading, none for the lines under it
        assertThat(parsed.warnings()).containsExactly(
                "stories.md line 1: a story heading with no title; the story under it is left out until it has one");
        assertThat(parsed.entries()).extracting(StoriesFile.Entry::title).containsExactly("Kept");
    }
}
