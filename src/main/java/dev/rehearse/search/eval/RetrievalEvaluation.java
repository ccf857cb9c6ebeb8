package dev.rehearse.search.eval;

import dev.rehearse.search.SearchMode;
import java.util.Locale;

/**
 * The figures of one retrieval mode on a BEIR collection.
 *
 * @param mode        the ranking evaluated
 * @param documents   documents indexed
 * @param queries     test queries run (those with judgements)
 * @param ndcgAt10    mean nDCG@10
 * @param recallAt10  mean recall@10
 * @param p50Millis   median query latency, end to end through the search API (embedding, retrieval, fusion, snippets)
 * @param p99Millis   99th percentile query latency
 * @param indexMillis time to build the index, embedding included
 * @param vectors     vectors stored (documents longer than the model's window get several)
 */
public record RetrievalEvaluation(SearchMode mode, int documents, int queries, double ndcgAt10, double recallAt10,
                                  double p50Millis, double p99Millis, long indexMillis, long vectors) {

    /** A few aligned lines for the terminal. */
    public String printable() {
        return String.format(Locale.ROOT,
                "mode        %s%n"
                        + "documents   %d (%d vectors, index built in %.1f s)%n"
                        + "queries     %d%n"
                        + "nDCG@10     %.4f%n"
                        + "recall@10   %.4f%n"
                        + "latency     p50 %.2f ms, p99 %.2f ms%n",
                mode.wireName(), documents, vectors, indexMillis / 1000.0, queries, ndcgAt10, recallAt10, p50Millis, p99Millis);
    }
}
