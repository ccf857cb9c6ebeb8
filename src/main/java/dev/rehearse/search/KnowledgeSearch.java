package dev.rehearse.search;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import java.util.List;
import java.util.Optional;

/**
 * What the coach reads from the knowledge: the current snapshot and searches over it. The whole index is one; a
 * company's view ({@link CompanySearch}) is another, seeing the shared candidate files and that company's research.
 */
public interface KnowledgeSearch {

    /** The knowledge as of the last sync. */
    KnowledgeBase knowledge();

    /** A passage of the current snapshot by id. */
    Optional<Passage> passage(String id);

    List<SearchHit> search(SearchQuery q);

    /** As {@link #search(SearchQuery)}, optionally without snippets (empty snippet, no highlights), which is cheaper. */
    List<SearchHit> search(SearchQuery q, boolean withSnippets);

    /** The hits with their snippets for the query text, as a search with snippets would give them. */
    List<SearchHit> withSnippets(String text, List<SearchHit> hits);
}
