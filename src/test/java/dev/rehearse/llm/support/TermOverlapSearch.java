package dev.rehearse.llm.support;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.llm.retrieval.PassageSearch;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchQuery;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A deterministic search for the prompt snapshots, where a change in embedding ranking must not show
 * up as a prompt change: ranks passages by how many distinct words of four letters or more they share
 * with the query, honouring kind and source filters. Other tests use the real hybrid index.
 */
public final class TermOverlapSearch implements PassageSearch {

    private final KnowledgeBase knowledge;
    /** Each passage's words, computed once, so a search costs about what an index lookup does. */
    private final java.util.Map<String, Set<String>> passageTerms = new java.util.HashMap<>();

    public TermOverlapSearch(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (Passage p : knowledge.passages()) {
            passageTerms.put(p.id(), terms(p.searchableText()));
        }
    }

    @Override
    public List<SearchHit> search(SearchQuery q) {
        Set<String> terms = terms(q.text());
        return knowledge.passages().stream()
                .filter(p -> q.kind() == null || p.kind() == q.kind())
                .filter(p -> q.sourcePrefix() == null || p.source().startsWith(q.sourcePrefix()))
                .map(p -> new SearchHit(p, overlap(terms, passageTerms.get(p.id())), p.text(), List.of()))
                .filter(h -> h.score() > 0)
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(h -> h.passage().id()))
                .limit(q.k())
                .toList();
    }

    private static double overlap(Set<String> query, Set<String> passage) {
        int n = 0;
        for (String t : query) {
            if (passage.contains(t)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }
}
