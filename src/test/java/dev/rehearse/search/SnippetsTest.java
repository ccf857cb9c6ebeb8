package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.search.SearchHit.Highlight;
import dev.rehearse.search.Snippets.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private final Snippets snippets = new Snippets(TextAnalysis.english());
    private final LexicalQuery lexical = new LexicalQuery(TextAnalysis.english());

    private Snippet snippet(String content, String query) {
        return snippets.of(content, lexical.highlighting(lexical.terms(query)));
    }

    private static List<String> marked(Snippet s) {
        return s.highlights().stream().map(h -> s.text().substring(h.start(), h.end())).toList();
    }

    @Test
    void should_mark_the_matched_words_including_other_forms_of_them() {
        // when
        Snippet s = snippet("We monitored the pipelines.\nMonitoring caught the failed load.", "monitoring pipeline");

        // then
        assertThat(s.text()).isEqualTo("We monitored the pipelines. Monitoring caught the failed load.");
        assertThat(marked(s)).containsExactly("monitored", "pipelines", "Monitoring");
    }

    @Test
    void should_pick_the_matching_sentences_of_a_long_passage() {
        // given
        String content = "The first sentence is about lunch. The second is about the weather. "
                + "The third explains the idempotent upsert by import key. The fourth is about holidays.";

        // when
        Snippet s = snippet(content, "idempotent upsert");

        // then
        assertThat(s.text()).contains("idempotent upsert by import key").doesNotContain("lunch");
        assertThat(marked(s)).containsExactly("idempotent", "upsert");
    }

    @Test
    void should_cut_a_long_excerpt_around_its_first_match_and_keep_offsets_right() {
        // given: one very long sentence with the match near its end
        String filler = "word ".repeat(150);
        String content = filler + "the warehouse connector syncs nightly " + filler.strip() + ".";

        // when
        Snippet s = snippet(content, "warehouse connector");

        // then
        assertThat(s.text().length()).isLessThanOrEqualTo(Snippets.MAX_CHARS);
        assertThat(s.text()).startsWith("…").endsWith("…").contains("the warehouse connector syncs nightly");
        assertThat(marked(s)).containsExactly("warehouse", "connector");
    }

    @Test
    void should_give_the_opening_without_highlights_when_nothing_matches() {
        // when
        Snippet s = snippet("Short text. " + "More words follow here. ".repeat(30), "zebra");

        // then
        assertThat(s.highlights()).isEmpty();
        assertThat(s.text()).startsWith("Short text.");
        assertThat(s.text().length()).isLessThanOrEqualTo(Snippets.MAX_CHARS);
    }

    @Test
    void should_never_contain_markup_from_the_highlighter() {
        Snippet s = snippet("Use <b>bold</b> & data engineering.", "data engineering bold");
        assertThat(s.text()).isEqualTo("Use <b>bold</b> & data engineering.");
        assertThat(marked(s)).containsExactly("bold", "data", "engineering");
        assertThat(s.highlights()).allSatisfy(h -> assertThat(h).isInstanceOf(Highlight.class));
    }
}
