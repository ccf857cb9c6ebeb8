package dev.rehearse.llm.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.llm.support.Drafts;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.testing.BundledKnowledge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
class RetrievalPlanTest {

    private static final KnowledgeIndex INDEX = BundledKnowledge.index();

    /** The real index, with a record of every query it was asked. */
    private static final class Counting implements PassageSearch {
        final List<SearchQuery> queries = new ArrayList<>();

        @Override
        public List<dev.rehearse.search.SearchHit> search(SearchQuery q) {
            queries.add(q);
            return INDEX.search(q);
        }
    }

    @Test
    void should_fill_each_slice_with_its_kind_from_the_shared_searches_where_it_can() {
        // given
        Counting search = new Counting();

        // when
        List<Passage> passages = RetrievalPlan.CRITIQUE.run(search, Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT);

        // then: three answers, two interviewer replies, three research passages, each once, in slice order; the
        // second reply comes from the search for that kind alone, although the few-word replies hold none of the
        // draft's rarest words
        assertThat(passages).extracting(Passage::kind).containsExactly(
                PassageKind.ANSWER, PassageKind.ANSWER, PassageKind.ANSWER,
                PassageKind.INTERVIEWER_SAID, PassageKind.INTERVIEWER_SAID,
                PassageKind.RESEARCH, PassageKind.RESEARCH, PassageKind.RESEARCH);
        assertThat(passages).extracting(Passage::id).doesNotHaveDuplicates();
        // the question alone goes to the hybrid search (one short embedding), question and draft to BM25;
        // any further search is lexical, for a kind the first two left short
        assertThat(search.queries.get(0).mode()).isEqualTo(SearchMode.HYBRID);
        assertThat(search.queries.get(0).text()).isEqualTo(Drafts.PAYPAL_QUESTION);
        assertThat(search.queries.get(1).mode()).isEqualTo(SearchMode.BM25);
        assertThat(search.queries.get(1).text()).contains(Drafts.PAYPAL_QUESTION).contains("monolithic load");
        assertThat(search.queries.subList(0, 2)).allSatisfy(q -> assertThat(q.kind()).isNull());
        assertThat(search.queries.subList(2, search.queries.size())).allSatisfy(q -> {
            assertThat(q.kind()).isNotNull();
            assertThat(q.mode()).isEqualTo(SearchMode.BM25);
        });
        assertThat(search.queries).hasSizeLessThan(5);
    }

    @Test
    void should_take_the_best_answer_of_the_notes_for_the_notes_own_question() {
        // when
        List<Passage> passages = RetrievalPlan.CRITIQUE.run(INDEX::search, Drafts.PAYPAL_QUESTION, Drafts.PAYPAL_DRAFT);

        // then: the candidate's own PayPal answer comes first
        assertThat(passages.get(0).title()).startsWith("Can you walk me through a data system you designed");
    }

    @Test
    void should_rank_passages_in_both_lists_above_those_in_one() {
        // given: three passages from the knowledge, ranked differently by two searches
        List<Passage> all = INDEX.knowledge().passages();
        Passage a = all.get(0);
        Passage b = all.get(1);
        Passage c = all.get(2);
        List<dev.rehearse.search.SearchHit> first = List.of(hit(a), hit(b));
        List<dev.rehearse.search.SearchHit> second = List.of(hit(c), hit(b));

        // when
        List<Passage> fused = RetrievalPlan.fuse(first, second);

        // then: b is in both lists; a and c tie on rank 1 and are ordered by id
        assertThat(fused.get(0)).isEqualTo(b);
        assertThat(fused.subList(1, 3)).containsExactlyElementsOf(
                java.util.stream.Stream.of(a, c).sorted(java.util.Comparator.comparing(Passage::id)).toList());
    }

    private static dev.rehearse.search.SearchHit hit(Passage p) {
        return new dev.rehearse.search.SearchHit(p, 1.0, p.text(), List.of());
    }

    @Test
    void should_use_a_single_search_for_a_single_slice() {
        Counting search = new Counting();
        List<Passage> passages = RetrievalPlan.ASK.run(search, "What does the Data Hub hold?");
        assertThat(search.queries).hasSize(1);
        assertThat(passages).hasSizeLessThanOrEqualTo(6).isNotEmpty();
    }
}
