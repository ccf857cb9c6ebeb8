package dev.rehearse.llm.retrieval;

import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchQuery;
import java.util.List;

/** The search the LLM layer needs: {@code KnowledgeIndex::search} fits it. */
@FunctionalInterface
public interface PassageSearch {
    List<SearchHit> search(SearchQuery query);

    /**
     * The index's search without snippets: the model reads whole passages and the citations show them whole,
     * so the highlighted excerpts a search builds for every hit would be thrown away. In the load benchmark's
     * streamed asks they were a quarter of the server's CPU.
     */
    static PassageSearch withoutSnippets(KnowledgeIndex index) {
        return query -> index.search(query, false);
    }
}
