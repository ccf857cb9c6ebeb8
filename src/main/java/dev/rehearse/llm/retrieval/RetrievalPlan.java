package dev.rehearse.llm.retrieval;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.search.SearchHit;
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

    /** The passages for {@code text}, slice by slice, each passage once, in a fixed order. */
    public List<Passage> run(PassageSearch search, String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<Passage> out = new ArrayList<>();
        for (Slice slice : slices) {
            SearchQuery query = SearchQuery.of(text, slice.k());
            if (slice.kind() != null) {
                query = query.withKind(slice.kind());
            }
            for (SearchHit hit : search.search(query)) {
                if (seen.add(hit.passage().id())) {
                    out.add(hit.passage());
                }
            }
        }
        return out;
    }
}
