package dev.rehearse.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards the long-draft judgements themselves: a query or a judgement that drifted would mislead every figure. */
class LongQueriesTest {

    @Test
    void should_hold_at_least_40_drafts_of_150_to_400_words_judged_against_passages_of_the_bundled_knowledge() {
        // given
        KnowledgeBase kb = new KnowledgeLoader().load(Path.of("knowledge"));

        // when
        List<JudgedQuery> queries = JudgedQuery.load(JudgedQuery.LONG_QUERIES);

        // then
        assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
        assertThat(queries.stream().map(JudgedQuery::id).collect(Collectors.toSet())).hasSize(queries.size());
        Set<String> ids = kb.passages().stream().map(p -> p.id()).collect(Collectors.toSet());
        for (JudgedQuery q : queries) {
            assertThat(q.words()).as(q.id()).isBetween(150, 400);
            assertThat(q.relevant()).as(q.id()).isNotEmpty().containsValue(2);
            assertThat(q.relevant().keySet()).as(q.id() + " judges passages that exist").isSubsetOf(ids);
            assertThat(q.relevant().values()).as(q.id()).allMatch(g -> g == 1 || g == 2);
        }
    }
}
