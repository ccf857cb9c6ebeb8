package dev.rehearse.llm.retrieval;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which passages a task needs, as slices by kind: a critique needs the candidate's own answers and
 * what interviewers said as much as the research, and a plain top-k would let one of them crowd out
 * the other.
 */
public record RetrievalPlan(String name, List<Slice> slices) {

    /** Up to {@code k} passages of {@code kind} (null: any kind). */
    public record Slice(PassageKind kind, int k) {
    }

    public static final RetrievalPlan CRITIQUE = new RetrievalPlan("critique", List.of(
            new Slice(PassageKind.ANSWER, 3), new Slice(PassageKind.INTERVIEWER_SAID, 2), new Slice(PassageKind.RESEARCH, 3)));
    public static final RetrievalPlan FOLLOW_UPS = new RetrievalPlan("follow-ups", List.of(
            new Slice(PassageKind.ANSWER, 3), new Slice(PassageKind.INTERVIEWER_SAID, 2), new Slice(PassageKind.RESEARCH, 2)));
    public static final RetrievalPlan COMPANY_TIE = new RetrievalPlan("company-tie", List.of(
            new Slice(PassageKind.ANSWER, 2), new Slice(PassageKind.INTERVIEWER_SAID, 1), new Slice(PassageKind.RESEARCH, 5)));
    public static final RetrievalPlan ASK = new RetrievalPlan("ask", List.of(new Slice(null, 6)));

    public RetrievalPlan {
        slices = List.copyOf(slices);
    }

    /**
     * The passages for {@code text}, slice by slice, each passage once, in a fixed order. One search
     * over all kinds usually fills every slice; a kind that search leaves short (interviewers' replies
     * are a few words and rarely rank against a whole draft) is filled by a lexical search of its own.
     * Each hybrid search embeds the text, and a draft is long: one slice per search would cost the
     * embedding once per slice.
     */
    public List<Passage> run(PassageSearch search, String text) {
        if (slices.size() == 1) {
            return take(search.search(query(text, slices.get(0))), slices.get(0), new LinkedHashSet<>());
        }
        int wanted = Math.min(POOL_LIMIT, POOL_FACTOR * slices.stream().mapToInt(Slice::k).sum());
        List<SearchHit> pool = search.search(SearchQuery.of(text, wanted));
        boolean poolComplete = pool.size() < wanted;
        Set<String> seen = new LinkedHashSet<>();
        List<Passage> out = new ArrayList<>();
        for (Slice slice : slices) {
            List<Passage> found = take(pool, slice, seen);
            if (found.size() < slice.k() && !poolComplete) {
                // lexical only: a second hybrid search would embed the same long text again (~10 ms)
                SearchQuery lexical = query(text, slice).withMode(SearchMode.BM25);
                List<Passage> more = take(search.search(lexical), new Slice(slice.kind(), slice.k() - found.size()), seen);
                found = new ArrayList<>(found);
                found.addAll(more);
            }
            out.addAll(found);
        }
        return out;
    }

    /** How much larger than the plan the shared search is, and its ceiling. */
    static final int POOL_FACTOR = 3;
    static final int POOL_LIMIT = 40;

    private static SearchQuery query(String text, Slice slice) {
        SearchQuery q = SearchQuery.of(text, slice.k());
        return slice.kind() == null ? q : q.withKind(slice.kind());
    }

    /** Up to the slice's k hits of its kind, skipping passages already taken, in rank order. */
    private static List<Passage> take(List<SearchHit> hits, Slice slice, Set<String> seen) {
        List<Passage> out = new ArrayList<>();
        for (SearchHit hit : hits) {
            if (out.size() == slice.k()) {
                break;
            }
            Passage p = hit.passage();
            if ((slice.kind() == null || p.kind() == slice.kind()) && seen.add(p.id())) {
                out.add(p);
            }
        }
        return out;
    }
}
