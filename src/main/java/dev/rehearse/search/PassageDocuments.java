package dev.rehearse.search;

import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * How passages and files are laid out as Lucene documents, and read back. See {@link IndexFields}
 * for what each field is for.
 */
final class PassageDocuments {

    private PassageDocuments() {
    }

    static Document fileDocument(FileUpdate u) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_FILE, Field.Store.NO));
        d.add(new StringField(IndexFields.SOURCE, u.source(), Field.Store.YES));
        d.add(new StoredField(IndexFields.HASH, u.hash()));
        d.add(new StoredField(IndexFields.PASSAGE_IDS, String.join(" ", u.passages().stream().map(Passage::id).toList())));
        return d;
    }

    static Document passageDocument(Passage p, float[] vector) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PASSAGE, Field.Store.NO));
        addKeys(d, p);
        d.add(new TextField(IndexFields.BODY, p.searchableText(), Field.Store.NO));
        d.add(new TextField(IndexFields.HEADING, PassageIndex.heading(p), Field.Store.NO));
        d.add(new StoredField(IndexFields.START, p.startLine()));
        d.add(new StoredField(IndexFields.END, p.endLine()));
        d.add(new StoredField(IndexFields.SECTION, p.section()));
        d.add(new StoredField(IndexFields.TITLE, p.title()));
        d.add(new StoredField(IndexFields.TEXT, p.text()));
        d.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.COSINE));
        return d;
    }

    static Document windowDocument(Passage p, float[] vector) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_WINDOW, Field.Store.NO));
        addKeys(d, p);
        d.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.COSINE));
        return d;
    }

    /** What every passage and window document carries: its passage id and what the filters match. */
    private static void addKeys(Document d, Passage p) {
        d.add(new StringField(IndexFields.ID, p.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(p.id())));
        d.add(new StringField(IndexFields.SOURCE, p.source(), Field.Store.YES));
        d.add(new StringField(IndexFields.KIND, p.kind().wireName(), Field.Store.YES));
    }

    /** The passage id of each hit, read from doc values leaf by leaf in doc order. */
    static String[] ids(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        String[] ids = new String[docs.length];
        int leafIndex = -1;
        SortedDocValues values = null;
        for (int i : order) {
            int doc = docs[i].doc;
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                values = DocValues.getSorted(leaves.get(li).reader(), IndexFields.ID);
            }
            if (!values.advanceExact(doc - leaves.get(li).docBase)) {
                throw new IllegalStateException("index document without a passage id");
            }
            ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
        }
        return ids;
    }

    static Optional<Passage> load(IndexSearcher s, String id) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.ID, id)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)), Occur.FILTER)
                .build();
        TopDocs td = s.search(q, 1);
        if (td.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document d = s.storedFields().document(td.scoreDocs[0].doc);
        PassageKind kind = PassageKind.fromWireName(d.get(IndexFields.KIND))
                .orElseThrow(() -> new IllegalStateException("unknown kind in index: " + d.get(IndexFields.KIND)));
        return Optional.of(new Passage(d.get(IndexFields.ID), d.get(IndexFields.SOURCE),
                d.getField(IndexFields.START).numericValue().intValue(), d.getField(IndexFields.END).numericValue().intValue(),
                kind, d.get(IndexFields.SECTION), d.get(IndexFields.TITLE), d.get(IndexFields.TEXT)));
    }
}
