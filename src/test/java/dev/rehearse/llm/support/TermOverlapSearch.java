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
 * A deterministic stand-in for the hybrid index while it is not on main: ranks passages by how many
 * distinct words of four letters or more they share with the query, honouring kind and source filters.
 */
public final class TermOverlapSearch implements PassageSearch {

    private final KnowledgeBase knowledge;

    public TermOverlapSearch(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public List<SearchHit> search(SearchQuery q) {
        Set<String> terms = terms(q.text());
        return knowledge.passages().stream()
                .filter(p -> q.kind() == null || p.kind() == q.kind())
                .filter(p -> q.sourcePrefix() == null || p.source().startsWith(q.sourcePrefix()))
                .map(p -> new SearchHit(p, overlap(terms, p), p.text(), List.of()))
                .filter(h -> h.score() > 0)
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(h -> h.passage().id()))
                .limit(q.k())
                .toList();
    }

    private static double overlap(Set<String> terms, Passage p) {
        Set<String> own = terms(p.searchableText());
        own.retainAll(terms);
        return own.size();
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
