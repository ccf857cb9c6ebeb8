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
import org.junit.jupiter.api.Test;

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
    void should_fill_each_slice_with_its_kind_from_one_shared_search_where_it_can() {
        // given
        Counting search = new Counting();
        String text = Drafts.PAYPAL_QUESTION + "\n\n" + Drafts.PAYPAL_DRAFT;

        // when
        List<Passage> passages = RetrievalPlan.CRITIQUE.run(search, text);

        // then: three answers, two interviewer replies, three research passages, each once, in slice order
        assertThat(passages).extracting(Passage::kind).containsExactly(
                PassageKind.ANSWER, PassageKind.ANSWER, PassageKind.ANSWER,
                PassageKind.INTERVIEWER_SAID, PassageKind.INTERVIEWER_SAID,
                PassageKind.RESEARCH, PassageKind.RESEARCH, PassageKind.RESEARCH);
        assertThat(passages).extracting(Passage::id).doesNotHaveDuplicates();
        // one hybrid search over all kinds; any further one is lexical, for a kind the first left short
        assertThat(search.queries.get(0).kind()).isNull();
        assertThat(search.queries.get(0).mode()).isEqualTo(SearchMode.HYBRID);
        assertThat(search.queries.subList(1, search.queries.size())).allSatisfy(q -> {
            assertThat(q.kind()).isNotNull();
            assertThat(q.mode()).isEqualTo(SearchMode.BM25);
        });
        assertThat(search.queries).hasSizeLessThan(4);
    }

    @Test
    void should_take_the_best_answer_of_the_notes_for_the_notes_own_question() {
        // when
        List<Passage> passages = RetrievalPlan.CRITIQUE.run(INDEX::search, Drafts.PAYPAL_QUESTION + "\n\n" + Drafts.PAYPAL_DRAFT);

        // then: the candidate's own PayPal answer comes first
        assertThat(passages.get(0).title()).startsWith("Can you walk me through a data system you designed");
    }

    @Test
    void should_use_a_single_search_for_a_single_slice() {
        Counting search = new Counting();
        List<Passage> passages = RetrievalPlan.ASK.run(search, "What does the Data Hub hold?");
        assertThat(search.queries).hasSize(1);
        assertThat(passages).hasSizeLessThanOrEqualTo(6).isNotEmpty();
    }
}
