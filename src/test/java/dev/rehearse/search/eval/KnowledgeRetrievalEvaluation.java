package dev.rehearse.search.eval;

import dev.rehearse.search.Embedder;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * nDCG@10 and recall@10 of judged queries over a knowledge folder, searched through the product's
 * own {@link KnowledgeIndex}: the long-query counterpart of the BEIR evaluation.
 *
 * <pre>
 * mvn -q test-compile exec:java@bench -Drehearse.bench=dev.rehearse.search.eval.KnowledgeRetrievalEvaluation
 * </pre>
 */
final class KnowledgeRetrievalEvaluation {

    static final int K = 10;

    /** The mean figures of one mode. */
    record Result(SearchMode mode, int queries, double ndcgAt10, double recallAt10) {
        String printable() {
            return String.format(Locale.ROOT, "%-7s %d queries  nDCG@10 %.4f  recall@10 %.4f",
                    mode.wireName(), queries, ndcgAt10, recallAt10);
        }
    }

    private KnowledgeRetrievalEvaluation() {
    }

    static Result evaluate(KnowledgeIndex index, List<JudgedQuery> queries, SearchMode mode) {
        double ndcg = 0;
        double recall = 0;
        for (JudgedQuery q : queries) {
            List<String> ranked = index.search(SearchQuery.of(q.text(), K).withMode(mode), false).stream()
                    .map(SearchHit::passage).map(p -> p.id()).toList();
            ndcg += RankingMetrics.ndcg(ranked, q.relevant(), K);
            recall += RankingMetrics.recall(ranked, q.relevant(), K);
        }
        return new Result(mode, queries.size(), ndcg / queries.size(), recall / queries.size());
    }

    public static void main(String[] args) throws Exception {
        Path indexDir = java.nio.file.Files.createTempDirectory("rehearse-long-queries-");
        Embedder embedder = new MiniLmEmbedder();
        List<JudgedQuery> queries = JudgedQuery.load(JudgedQuery.LONG_QUERIES);
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of("knowledge"), indexDir, embedder)) {
            for (SearchMode mode : SearchMode.values()) {
                System.out.println(evaluate(index, queries, mode).printable());
            }
        }
    }
}
