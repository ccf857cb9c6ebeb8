package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.search.SearchHit.Highlight;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over the bundled knowledge: modes, filters, odd input and snippets, as a user of the API sees them. */
@Tag("integration")
class SearchBehaviourTest {

    @TempDir
    static Path indexDir;
    private static KnowledgeIndex index;

    @BeforeAll
    static void openIndex() {
        index = KnowledgeIndex.open(Path.of("knowledge"), indexDir, SharedEmbedder.get());
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void should_find_the_paypal_pipeline_answer_first_in_every_mode(SearchMode mode) {
        // when
        List<SearchHit> hits = index.search(SearchQuery.of("redesigning the PayPal payments ingestion", 5).withMode(mode));

        // then
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).passage().text()).contains("PayPal ingestion pipeline");
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void should_return_only_the_requested_kind_when_filtered_by_kind() {
        // when
        List<SearchHit> hits = index.search(SearchQuery.of("data team structure and product", 10).withKind(PassageKind.QUESTION_TO_ASK));

        // then
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.passage().kind()).isEqualTo(PassageKind.QUESTION_TO_ASK));
        assertThat(hits).anySatisfy(h -> assertThat(h.passage().text()).contains("How is the data team currently structured"));
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void should_return_only_matching_sources_when_filtered_by_source_prefix(SearchMode mode) {
        // when
        List<SearchHit> inNotes = index.search(SearchQuery.of("what TheyDo does", 50).withMode(mode).withSource("candidate/"));
        List<SearchHit> nowhere = index.search(SearchQuery.of("what TheyDo does", 50).withMode(mode).withSource("no-such-folder/"));

        // then
        assertThat(inNotes).isNotEmpty().allSatisfy(h -> assertThat(h.passage().source()).startsWith("candidate/"));
        assertThat(nowhere).isEmpty();
    }

    @Test
    void should_combine_kind_and_source_filters() {
        // when
        List<SearchHit> hits = index.search(SearchQuery.of("what the interviewer wants to see", 50)
                .withKind(PassageKind.INTERVIEWER_SAID).withSource("candidate/theydo"));

        // then
        assertThat(hits).isNotEmpty().allSatisfy(h -> {
            assertThat(h.passage().kind()).isEqualTo(PassageKind.INTERVIEWER_SAID);
            assertThat(h.passage().source()).startsWith("candidate/theydo");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"the and of", "is it to be", "???", "?!:;", "((", "\"", "AND OR NOT", "title:foo*", "~~ ^2 [a TO b]"})
    void should_not_throw_when_the_query_has_no_indexable_words_or_query_syntax(String text) {
        for (SearchMode mode : SearchMode.values()) {
            // when
            List<SearchHit> hits = index.search(SearchQuery.of(text, 5).withMode(mode));

            // then: no exception; vector and hybrid still rank by meaning
            if (mode != SearchMode.BM25) {
                assertThat(hits).as("mode %s", mode).isNotEmpty();
            }
        }
    }

    @Test
    void should_return_nothing_from_bm25_when_only_stopwords_are_given() {
        assertThat(index.search(SearchQuery.of("the and of", 5).withMode(SearchMode.BM25))).isEmpty();
    }

    @Test
    void should_return_nothing_when_the_query_is_blank() {
        assertThat(index.search(SearchQuery.of("   ", 5))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b\u200c\u200d\ufeff", "\u0000", "\ufffd\ufffd", "\u0001\u001f\u007f", "\u00a0\u2060"})
    void should_answer_text_the_model_cannot_read_by_words_alone_without_failing(String text) {
        // the model refused these ("Cannot embed empty or whitespace-only text"): a 500 from the search API
        for (SearchMode mode : SearchMode.values()) {
            assertThat(index.search(SearchQuery.of(text, 5).withMode(mode))).as("%s", mode).isEmpty();
        }
        assertThat(index.search(SearchQuery.of("\u200bpipeline\u200b", 5))).isNotEmpty();
    }

    @Test
    void should_reject_k_below_one() {
        assertThatThrownBy(() -> index.search(SearchQuery.of("data", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be at least 1");
    }

    @Test
    void should_return_at_most_k_hits() {
        assertThat(index.search(SearchQuery.of("data", 3))).hasSizeLessThanOrEqualTo(3);
        assertThat(index.search(SearchQuery.of("data pipelines and models", 3).withMode(SearchMode.VECTOR))).hasSize(3);
    }

    @Test
    void should_highlight_words_of_the_query_in_the_snippet() {
        // when
        List<SearchHit> hits = index.search(SearchQuery.of("seperating ingestion from aggregation", 3));

        // then
        SearchHit top = hits.get(0);
        assertThat(top.highlights()).isNotEmpty();
        Set<String> queryStems = Set.copyOf(stems("seperating ingestion from aggregation"));
        for (Highlight h : top.highlights()) {
            String marked = top.snippet().substring(h.start(), h.end());
            assertThat(stems(marked)).as("highlighted '%s'", marked).containsAnyElementsOf(queryStems);
        }
        assertThat(top.snippet()).contains("ingestion").doesNotContain("<b>").doesNotContain("\n");
    }

    @Test
    void should_give_kept_hits_the_same_snippets_later_as_a_search_with_snippets() {
        // given
        SearchQuery q = SearchQuery.of("seperating ingestion from aggregation for reliable payments reporting", 12);
        List<SearchHit> withSnippets = index.search(q, true);
        List<SearchHit> bare = index.search(q, false);
        assertThat(bare).allSatisfy(h -> assertThat(h.snippet()).isEmpty());

        // when
        List<SearchHit> kept = index.withSnippets(q.text(), bare.subList(0, 5));

        // then
        assertThat(kept).isEqualTo(withSnippets.subList(0, 5));
        assertThat(kept).anySatisfy(h -> assertThat(h.highlights()).isNotEmpty());
    }

    @Test
    void should_keep_snippets_short_plain_and_within_the_passage() {
        for (SearchMode mode : SearchMode.values()) {
            for (SearchHit h : index.search(SearchQuery.of("ownership and impact in a remote async team", 10).withMode(mode))) {
                assertThat(h.snippet()).isNotBlank();
                assertThat(h.snippet().length()).isLessThanOrEqualTo(302);
                String flat = h.passage().text().replaceAll("\\s+", " ");
                for (String piece : h.snippet().split(" … |…")) {
                    assertThat(flat).contains(piece.strip());
                }
                for (Highlight hl : h.highlights()) {
                    assertThat(hl.start()).isGreaterThanOrEqualTo(0).isLessThan(hl.end());
                    assertThat(hl.end()).isLessThanOrEqualTo(h.snippet().length());
                }
            }
        }
    }

    @Test
    void should_rank_alike_and_leave_snippets_empty_when_snippets_are_not_wanted() {
        // given
        SearchQuery q = SearchQuery.of("reliable pipelines with monitoring", 5);

        // when
        List<SearchHit> with = index.search(q);
        List<SearchHit> without = index.search(q, false);

        // then
        assertThat(without).extracting(SearchHit::passage).isEqualTo(with.stream().map(SearchHit::passage).toList());
        assertThat(without).extracting(SearchHit::score).isEqualTo(with.stream().map(SearchHit::score).toList());
        assertThat(without).allSatisfy(h -> {
            assertThat(h.snippet()).isEmpty();
            assertThat(h.highlights()).isEmpty();
        });
        assertThat(with).anySatisfy(h -> assertThat(h.highlights()).isNotEmpty());
    }

    @Test
    void should_rank_the_same_way_every_time() {
        SearchQuery q = SearchQuery.of("how to make failures not hurt downstream", 10);
        assertThat(index.search(q)).isEqualTo(index.search(q));
    }

    @Test
    void should_report_cosine_similarity_in_vector_mode() {
        for (SearchHit h : index.search(SearchQuery.of("modelling data well", 5).withMode(SearchMode.VECTOR))) {
            assertThat(h.score()).isBetween(-1.0, 1.0);
        }
    }

    private static List<String> stems(String text) {
        try (var analyzer = TextAnalysis.english()) {
            return new LexicalQuery(analyzer).terms(text);
        }
    }
}
