package dev.rehearse.coach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftTextTest {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs");

    @Test
    void should_split_sentences_at_end_punctuation_but_not_at_abbreviations_or_decimals() {
        // given
        String draft = "We used tools, e.g. Airflow and dbt. Latency fell to 1.5 s! Did it hold? Yes.";

        // when
        DraftText text = DraftText.of(draft, ABBREVIATIONS);

        // then
        assertThat(text.sentences()).extracting(Sentence::text).containsExactly(
                "We used tools, e.g. Airflow and dbt.", "Latency fell to 1.5 s!", "Did it hold?", "Yes.");
    }

    @Test
    void should_keep_wrapped_lines_together_and_split_bullets_and_paragraphs() {
        // given: a line wrapped mid-sentence, then bullets, then a new paragraph without punctuation
        String draft = "I own pipelines end to end and make sure\nstakeholders can rely on them\n- first bullet\n- second bullet\n\nnew paragraph";

        // when
        DraftText text = DraftText.of(draft, ABBREVIATIONS);

        // then
        assertThat(text.sentences()).extracting(Sentence::text).containsExactly(
                "I own pipelines end to end and make sure\nstakeholders can rely on them", "first bullet", "second bullet", "new paragraph");
    }

    @Test
    void should_mask_html_markup_without_moving_offsets() {
        // given
        String draft = "<p>I <b>built</b> the pipeline &amp; the tests.</p>";

        // when
        DraftText text = DraftText.of(draft, ABBREVIATIONS);

        // then
        assertThat(text.view()).hasSameSizeAs(draft);
        assertThat(text.markup()).extracting(Span::text).containsExactly("<p>", "<b>", "</b>", "&amp;", "</p>");
        assertThat(text.tokens()).extracting(Token::text).containsExactly("I", "built", "the", "pipeline", "the", "tests");
        Token built = text.tokens().get(1);
        assertThat(draft.substring(built.start(), built.end())).isEqualTo("built");
    }

    @Test
    void should_give_offsets_that_slice_text_with_emoji_right_to_left_and_cjk() {
        // given
        String draft = "I shipped it 🚀 in two weeks. שלום עולם. 我构建了管道。 Then I left.";

        // when
        DraftText text = DraftText.of(draft, ABBREVIATIONS);

        // then
        for (Token t : text.tokens()) {
            assertThat(draft.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(text.tokens()).extracting(Token::text).contains("שלום", "我构建了管道", "weeks");
        assertThat(text.sentences()).extracting(Sentence::text).contains("I shipped it 🚀 in two weeks.");
    }

    @Test
    void should_give_no_sentences_for_blank_or_punctuation_only_drafts() {
        assertThat(DraftText.of("   \n\n  ", ABBREVIATIONS).sentences()).isEmpty();
        assertThat(DraftText.of("... ?!", ABBREVIATIONS).wordCount()).isZero();
        assertThat(DraftText.of(null, ABBREVIATIONS).wordCount()).isZero();
    }
}
