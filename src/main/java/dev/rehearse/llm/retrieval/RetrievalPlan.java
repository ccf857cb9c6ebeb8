package dev.rehearse.llm.retrieval;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SearchQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which passages a task needs, as slices by kind: a critique needs the candidate's own answers and
 * what interviewers said as much as the research, and a plain top-k would let one of them crowd out
 * the other.
 */
public record RetrievalPlan(String name, List<Slice> slices, String focus) {

    /** Up to {@code k} passages of {@code kind} (null: any kind). */
    public record Slice(PassageKind kind, int k) {
    }

    public static final RetrievalPlan CRITIQUE = new RetrievalPlan("critique", List.of(
            new Slice(PassageKind.ANSWER, 3), new Slice(PassageKind.INTERVIEWER_SAID, 2), new Slice(PassageKind.RESEARCH, 3)), "");
    public static final RetrievalPlan FOLLOW_UPS = new RetrievalPlan("follow-ups", List.of(
            new Slice(PassageKind.ANSWER, 3), new Slice(PassageKind.INTERVIEWER_SAID, 2), new Slice(PassageKind.RESEARCH, 2)), "");
    /** Ties are about what the company cares about, whatever the question: the semantic search says so. */
    public static final RetrievalPlan COMPANY_TIE = new RetrievalPlan("company-tie", List.of(
            new Slice(PassageKind.ANSWER, 2), new Slice(PassageKind.INTERVIEWER_SAID, 1), new Slice(PassageKind.RESEARCH, 5)),
            "How does this tie to the company's customers, outcomes and metrics?");
    public static final RetrievalPlan ASK = new RetrievalPlan("ask", List.of(new Slice(null, 6)), "");

    /**
     * @param focus words added to the semantic query of every search of this plan, or empty
     */
    public RetrievalPlan {
        slices = List.copyOf(slices);
        focus = focus == null ? "" : focus;
    }

    /** The passages for a question alone (a free question to the notes). */
    public List<Passage> run(PassageSearch search, String question) {
        return run(search, question, "");
    }

    /**
     * The passages for a question and a draft, slice by slice, each passage once, in a fixed order.
     *
     * <p>The question's intent is matched semantically and the draft's specifics lexically: a hybrid
     * search with the question, and a BM25 search with the question and the draft, fused by their
     * ranks. Embedding a whole draft would cost several times a question's embedding (about 20 ms
     * against 3 on this machine) and blur it; the draft's names, systems and numbers are what BM25
     * matches best anyway. A kind the fused list leaves short (interviewers' replies are a few words)
     * gets a lexical search of its own.
     */
    public List<Passage> run(PassageSearch search, String question, String draft) {
        String both = draft == null || draft.isBlank() ? question : question + "\n\n" + draft;
        String intent = focus.isEmpty() ? question : question + "\n" + focus;
        if (slices.size() == 1 && both.equals(question)) {
            return take(search.search(query(intent, slices.get(0))), slices.get(0), new LinkedHashSet<>());
        }
        int wanted = Math.min(POOL_LIMIT, POOL_FACTOR * slices.stream().mapToInt(Slice::k).sum());
        List<SearchHit> semantic = search.search(SearchQuery.of(intent, wanted));
        List<SearchHit> lexical = both.equals(question) ? List.of()
                : search.search(SearchQuery.of(both, wanted).withMode(SearchMode.BM25));
        List<Passage> pool = fuse(semantic, lexical);
        boolean poolComplete = semantic.size() < wanted && lexical.size() < wanted;
        Set<String> seen = new LinkedHashSet<>();
        List<Passage> out = new ArrayList<>();
        for (Slice slice : slices) {
            List<Passage> found = new ArrayList<>(takePassages(pool, slice, seen));
            if (found.size() < slice.k() && !poolComplete) {
                SearchQuery more = query(both, slice).withMode(SearchMode.BM25);
                found.addAll(take(search.search(more), new Slice(slice.kind(), slice.k() - found.size()), seen));
            }
            out.addAll(found);
        }
        return out;
    }

    /** How much larger than the plan the shared searches are, and their ceiling: every hit costs its snippet. */
    static final int POOL_FACTOR = 2;
    static final int POOL_LIMIT = 24;
    /** The rank constant of reciprocal rank fusion, as the search itself uses it. */
    private static final int RRF_K = 60;

    /** Reciprocal rank fusion of two ranked lists; ties broken by passage id, so the order is stable. */
    static List<Passage> fuse(List<SearchHit> first, List<SearchHit> second) {
        Map<String, Double> score = new HashMap<>();
        Map<String, Passage> byId = new HashMap<>();
        for (List<SearchHit> list : List.of(first, second)) {
            for (int i = 0; i < list.size(); i++) {
                Passage p = list.get(i).passage();
                byId.putIfAbsent(p.id(), p);
                score.merge(p.id(), 1.0 / (RRF_K + i + 1), Double::sum);
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparingDouble((Passage p) -> score.get(p.id())).reversed().thenComparing(Passage::id))
                .toList();
    }

    private static SearchQuery query(String text, Slice slice) {
        SearchQuery q = SearchQuery.of(text, slice.k());
        return slice.kind() == null ? q : q.withKind(slice.kind());
    }

    private static List<Passage> take(List<SearchHit> hits, Slice slice, Set<String> seen) {
        return takePassages(hits.stream().map(SearchHit::passage).toList(), slice, seen);
    }

    /** Up to the slice's k passages of its kind, skipping passages already taken, in rank order. */
    private static List<Passage> takePassages(List<Passage> ranked, Slice slice, Set<String> seen) {
        List<Passage> out = new ArrayList<>();
        for (Passage p : ranked) {
            if (out.size() == slice.k()) {
                break;
            }
            if ((slice.kind() == null || p.kind() == slice.kind()) && seen.add(p.id())) {
                out.add(p);
            }
        }
        return out;
    }
}
