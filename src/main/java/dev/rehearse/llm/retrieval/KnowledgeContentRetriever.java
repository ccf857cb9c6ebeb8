package dev.rehearse.llm.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.rehearse.knowledge.Passage;
import java.util.List;

/**
 * LangChain4j's retrieval step backed by our Lucene hybrid search. LangChain4j would search with the
 * whole rendered user message; the service passes the text that should be searched (question and
 * draft) and the task's plan as invocation parameters instead.
 */
public final class KnowledgeContentRetriever implements ContentRetriever {

    /** Invocation parameter: the text to search for. */
    public static final String SEARCH_TEXT = "rehearse.search-text";
    /** Invocation parameter: the {@link RetrievalPlan}. */
    public static final String PLAN = "rehearse.retrieval-plan";

    private final PassageSearch search;

    public KnowledgeContentRetriever(PassageSearch search) {
        this.search = search;
    }

    /** The parameters an AI-service call passes so this retriever searches the right thing. */
    public static InvocationParameters parameters(String searchText, RetrievalPlan plan) {
        InvocationParameters p = new InvocationParameters();
        p.put(SEARCH_TEXT, searchText);
        p.put(PLAN, plan);
        return p;
    }

    @Override
    public List<Content> retrieve(Query query) {
        InvocationParameters params = query.metadata() == null ? null : query.metadata().invocationParameters();
        String text = query.text();
        RetrievalPlan plan = RetrievalPlan.ASK;
        if (params != null) {
            text = params.getOrDefault(SEARCH_TEXT, text);
            plan = params.getOrDefault(PLAN, plan);
        }
        return plan.run(search, text).stream()
                .filter(p -> !p.text().isBlank())
                .map(KnowledgeContentRetriever::content)
                .toList();
    }

    static Content content(Passage p) {
        return Content.from(TextSegment.from(p.text(), PassageMetadata.of(p)));
    }
}
