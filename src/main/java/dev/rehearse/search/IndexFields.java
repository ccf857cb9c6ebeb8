package dev.rehearse.search;

/** Names of the Lucene fields; one place, since writer, searcher and tests must agree. */
final class IndexFields {

    /** What a Lucene document is: {@link #TYPE_PASSAGE}, {@link #TYPE_WINDOW} or {@link #TYPE_FILE}. */
    static final String TYPE = "type";
    /** A passage: its text fields, stored fields and the vector of its first window. */
    static final String TYPE_PASSAGE = "passage";
    /** A further embedding window of a long passage: only the vector and what filters need. */
    static final String TYPE_WINDOW = "window";
    /** One per knowledge file: its content hash and passage ids, what incremental sync compares. */
    static final String TYPE_FILE = "file";

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String KIND = "kind";
    /** Title and text, English-analysed: what BM25 ranks. */
    static final String BODY = "body";
    /** Title (or heading path for research), English-analysed: a separately weighted match. */
    static final String HEADING = "heading";
    static final String VECTOR = "vector";

    static final String START = "start";
    static final String END = "end";
    static final String SECTION = "section";
    static final String TITLE = "title";
    static final String TEXT = "text";

    static final String HASH = "hash";
    static final String PASSAGE_IDS = "passage_ids";

    /** Commit user data: the index layout version and the embedding model. */
    static final String COMMIT_FORMAT = "rehearse.format";
    static final String COMMIT_MODEL = "rehearse.model";

    private IndexFields() {
    }
}
