package dev.rehearse.llm.retrieval;

import dev.rehearse.search.SearchHit;
import dev.rehearse.search.SearchQuery;
import java.util.List;

/** The search the LLM layer needs: {@code KnowledgeIndex::search} fits it. */
@FunctionalInterface
public interface PassageSearch {
    List<SearchHit> search(SearchQuery query);
}
