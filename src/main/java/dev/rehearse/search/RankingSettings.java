package dev.rehearse.search;

/**
 * The knobs of ranking, in one place so the product and the evaluation run the same code.
 *
 * @param bm25K1        BM25 term-frequency saturation
 * @param bm25B         BM25 length normalisation
 * @param headingBoost  weight of a match in the title or heading path, on top of the match in the body
 * @param fusionDepth   how many hits each list contributes to the fusion (at least twice k)
 * @param lexicalWeight weight of the BM25 list in reciprocal rank fusion
 * @param vectorWeight  weight of the vector list in reciprocal rank fusion
 */
public record RankingSettings(float bm25K1, float bm25B, float headingBoost, int fusionDepth,
                              double lexicalWeight, double vectorWeight) {

    /** The constant of reciprocal rank fusion, as Elasticsearch and OpenSearch use it. */
    public static final int RRF_K = 60;

    /**
     * What the product uses, chosen on SciFact by reasoning and a handful of runs (docs/benchmarks.md):
     * Lucene's BM25 defaults; a title or heading match counts half again on top of the body match
     * (BM25 0.687 to 0.699 on SciFact, hybrid unchanged; on the notes the title is the question, the
     * best summary of an answer); each list contributes its top 50 to an unweighted fusion
     * (depth 20 to 200 and weights 0.7 to 1 moved nDCG@10 by under 0.01, except a lighter BM25 list,
     * which lost up to 0.03; 50 rather than 100 halves the vector search for the same quality).
     */
    public static final RankingSettings DEFAULT = new RankingSettings(1.2f, 0.75f, 0.5f, 50, 1.0, 1.0);

    public RankingSettings {
        if (fusionDepth < 1) {
            throw new IllegalArgumentException("fusionDepth must be at least 1");
        }
        if (lexicalWeight < 0 || vectorWeight < 0 || lexicalWeight + vectorWeight == 0) {
            throw new IllegalArgumentException("fusion weights must be non-negative and not both zero");
        }
    }

    public RankingSettings withBm25(float k1, float b) {
        return new RankingSettings(k1, b, headingBoost, fusionDepth, lexicalWeight, vectorWeight);
    }

    public RankingSettings withHeadingBoost(float boost) {
        return new RankingSettings(bm25K1, bm25B, boost, fusionDepth, lexicalWeight, vectorWeight);
    }

    public RankingSettings withFusion(int depth, double lexical, double vector) {
        return new RankingSettings(bm25K1, bm25B, headingBoost, depth, lexical, vector);
    }

}
