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
 * whole rendered user message; the service passes what should be searched (the question and the
 * draft) and the task's plan as invocation parameters instead.
 */
public final class KnowledgeContentRetriever implements ContentRetriever {

    /** Invocation parameter: the question to search for. */
    public static final String SEARCH_QUESTION = "rehearse.search-question";
    /** Invocation parameter: the draft to search for, if any. */
    public static final String SEARCH_DRAFT = "rehearse.search-draft";
    /** Invocation parameter: the {@link RetrievalPlan}. */
    public static final String PLAN = "rehearse.retrieval-plan";

    private final PassageSearch search;

    public KnowledgeContentRetriever(PassageSearch search) {
        this.search = search;
    }

    /** The parameters an AI-service call passes so this retriever searches the right thing. */
    public static InvocationParameters parameters(String question, String draft, RetrievalPlan plan) {
        InvocationParameters p = new InvocationParameters();
        p.put(SEARCH_QUESTION, question == null ? "" : question);
        p.put(SEARCH_DRAFT, draft == null ? "" : draft);
        p.put(PLAN, plan);
        return p;
    }

    @Override
    public List<Content> retrieve(Query query) {
        InvocationParameters params = query.metadata() == null ? null : query.metadata().invocationParameters();
        String question = query.text();
        String draft = "";
        RetrievalPlan plan = RetrievalPlan.ASK;
        if (params != null) {
            question = params.getOrDefault(SEARCH_QUESTION, question);
            draft = params.getOrDefault(SEARCH_DRAFT, draft);
            plan = params.getOrDefault(PLAN, plan);
        }
        return plan.run(search, question, draft).stream()
                .filter(p -> !p.text().isBlank())
                .map(KnowledgeContentRetriever::content)
                .toList();
    }

    static Content content(Passage p) {
        return Content.from(TextSegment.from(p.text(), PassageMetadata.of(p)));
    }
}
