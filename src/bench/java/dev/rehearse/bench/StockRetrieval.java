package dev.rehearse.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.rehearse.search.eval.BeirCollection;
import java.util.ArrayList;
import java.util.List;

/**
 * The RAG retrieval a LangChain4j user gets out of the box, as the baseline for ours: documents
 * ingested by {@link EmbeddingStoreIngestor} into an {@link InMemoryEmbeddingStore} and queried
 * through an {@link EmbeddingStoreContentRetriever} with 10 results. Nothing is tuned.
 */
final class StockRetrieval {

    /** How documents become segments. */
    enum Segmenting {
        /** One segment per document (title and text): an abstract is already a retrievable unit. */
        WHOLE_DOCUMENT("stock, one segment per document"),
        /**
         * LangChain4j's recursive splitter with Easy RAG's default settings: 300 tokens, 30 overlapping,
         * counted by the Hugging Face BERT tokenizer.
         */
        RECURSIVE_300_30("stock, recursive(300, 30) segments");

        final String label;

        Segmenting(String label) {
            this.label = label;
        }
    }

    static final String DOC_ID = "doc_id";
    private static final int MAX_RESULTS = 10;

    private final ContentRetriever retriever;
    private final int segments;
    private final long buildMillis;

    private StockRetrieval(ContentRetriever retriever, int segments, long buildMillis) {
        this.retriever = retriever;
        this.segments = segments;
        this.buildMillis = buildMillis;
    }

    /** Embeds the collection's documents into a new in-memory store, the way the ingestor's docs show. */
    static StockRetrieval build(BeirCollection collection, EmbeddingModel model, Segmenting segmenting) {
        long start = System.nanoTime();
        List<Document> documents = documents(collection);
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        EmbeddingStoreIngestor.Builder ingestor = EmbeddingStoreIngestor.builder().embeddingModel(model).embeddingStore(store);
        DocumentSplitter splitter = splitter(segmenting);
        if (splitter != null) {
            ingestor.documentSplitter(splitter);
        }
        ingestor.build().ingest(documents);
        ContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(MAX_RESULTS)
                .build();
        long millis = (System.nanoTime() - start) / 1_000_000;
        // counted outside the timing: the ingestor does not report how many segments it made
        int segments = splitter == null ? documents.size() : splitter.splitAll(documents).size();
        return new StockRetrieval(retriever, segments, millis);
    }

    private static DocumentSplitter splitter(Segmenting segmenting) {
        return switch (segmenting) {
            case WHOLE_DOCUMENT -> null; // the ingestor then makes one segment of each document
            case RECURSIVE_300_30 -> DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator());
        };
    }

    private static List<Document> documents(BeirCollection collection) {
        List<Document> documents = new ArrayList<>(collection.documents().size());
        for (BeirCollection.Document d : collection.documents()) {
            String text = d.title().isBlank() ? d.text() : d.title() + "\n" + d.text();
            documents.add(Document.from(text, Metadata.from(DOC_ID, d.id())));
        }
        return documents;
    }

    /**
     * The distinct document ids of the retrieved segments, best first. Two segments of one document
     * count once, so a split store can return fewer than 10 documents; the query's own id is skipped
     * as in our evaluation (BEIR's rule; no SciFact test query shares an id with a document).
     */
    List<String> rank(BeirCollection.Query q) {
        List<String> ids = new ArrayList<>(MAX_RESULTS);
        for (Content c : retriever.retrieve(Query.from(q.text()))) {
            String id = c.textSegment().metadata().getString(DOC_ID);
            if (!id.equals(q.id()) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Wall-clock time of the ingestion (splitting, embedding, storing), retriever included. */
    long buildMillis() {
        return buildMillis;
    }

    /** Segments embedded, one vector each. */
    int segments() {
        return segments;
    }
}
