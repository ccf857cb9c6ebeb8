package dev.rehearse.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.SearchMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole drafts as queries, the way the coach searches: each mode must keep the figures it reached
 * when the query started keeping its term counts (bm25 nDCG@10 0.935, hybrid 0.915), less a margin
 * of about one query's worth.
 */
@Tag("integration")
class LongQueryRetrievalTest {

    @TempDir
    Path indexDir;

    @Test
    void should_rank_the_answering_passages_of_long_drafts_in_the_top_10() {
        // given
        List<JudgedQuery> queries = JudgedQuery.load(JudgedQuery.LONG_QUERIES);
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of("knowledge"), indexDir, new MiniLmEmbedder())) {
            // when
            KnowledgeRetrievalEvaluation.Result bm25 = KnowledgeRetrievalEvaluation.evaluate(index, queries, SearchMode.BM25);
            KnowledgeRetrievalEvaluation.Result hybrid = KnowledgeRetrievalEvaluation.evaluate(index, queries, SearchMode.HYBRID);

            // then
            System.out.println(bm25.printable());
            System.out.println(hybrid.printable());
            assertThat(bm25.ndcgAt10()).isGreaterThan(0.91);
            assertThat(hybrid.ndcgAt10()).isGreaterThan(0.89);
            assertThat(hybrid.recallAt10()).isGreaterThan(0.87);
        }
    }
}
