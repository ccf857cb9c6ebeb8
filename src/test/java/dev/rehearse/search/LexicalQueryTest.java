package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LexicalQueryTest {

    private final Analyzer analyzer = TextAnalysis.english();
    private final LexicalQuery lexical = new LexicalQuery(analyzer);

    /** An index of passages whose bodies hold the given texts. */
    private DirectoryReader index(List<String> bodies) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (String body : bodies) {
                Document d = new Document();
                d.add(new TextField(IndexFields.BODY, body, Field.Store.NO));
                w.addDocument(d);
            }
        }
        return DirectoryReader.open(dir);
    }

    @Test
    void should_keep_how_often_each_term_occurs_when_a_word_repeats() throws IOException {
        // given
        try (DirectoryReader reader = index(List.of("pipelines and retries", "data models"))) {
            // when
            List<LexicalQuery.Weighted> terms = lexical.weighted("The pipeline failed, so the pipelines were retried. Data!", reader);

            // then
            assertThat(terms).containsExactly(new LexicalQuery.Weighted("pipelin", 2), new LexicalQuery.Weighted("fail", 1),
                    new LexicalQuery.Weighted("retri", 1), new LexicalQuery.Weighted("data", 1));
        }
    }

    @Test
    void should_boost_a_repeated_term_by_the_root_of_its_count() {
        // when
        String query = lexical.ranking(List.of(new LexicalQuery.Weighted("pipelin", 4), new LexicalQuery.Weighted("data", 1)), 0)
                .toString();

        // then
        assertThat(query).isEqualTo("(body:pipelin)^2.0 body:data");
    }

    @Test
    void should_keep_the_rare_terms_of_a_long_query_over_the_first_ones_written() throws IOException {
        // given: 70 distinct words, the first 69 in every passage, the last in one passage only
        String common = IntStream.range(0, 69).mapToObj(i -> "common" + i).collect(Collectors.joining(" "));
        try (DirectoryReader reader = index(List.of(common, common + " zeppelin", common, common))) {
            // when
            List<LexicalQuery.Weighted> terms = lexical.weighted(common + " zeppelin unheard", reader);

            // then
            assertThat(terms).hasSize(LexicalQuery.MAX_TERMS);
            assertThat(terms).extracting(LexicalQuery.Weighted::term).contains("zeppelin").doesNotContain("unheard");
            assertThat(terms.get(0).term()).isEqualTo("common0");
        }
    }

    @Test
    void should_keep_every_term_of_a_query_within_the_limit_in_order_of_appearance() throws IOException {
        // given
        try (DirectoryReader reader = index(List.of("reliable data"))) {
            // when
            List<LexicalQuery.Weighted> terms = lexical.weighted("unheard words about reliable data", reader);

            // then
            assertThat(terms).extracting(LexicalQuery.Weighted::term).containsExactly("unheard", "word", "reliabl", "data");
        }
    }

    @Test
    void should_keep_the_terms_the_filtered_passages_hold_when_a_long_query_searches_one_kind() throws IOException {
        // given: 66 research passages, each with one rare word and "alpha", and one interviewer reply with "alpha" alone
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < 66; i++) {
                w.addDocument(kindDoc("research", "rare" + i + " alpha"));
            }
            w.addDocument(kindDoc("interviewer-said", "alpha"));
        }
        String query = IntStream.range(0, 66).mapToObj(i -> "rare" + i).collect(Collectors.joining(" ")) + " alpha";
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query replies = new TermQuery(new Term(IndexFields.KIND, "interviewer-said"));

            // when
            List<LexicalQuery.Weighted> anyKind = lexical.weighted(query, searcher, null);
            List<LexicalQuery.Weighted> repliesOnly = lexical.weighted(query, searcher, replies);

            // then: over the whole index "alpha" is the commonest term and is dropped; among the replies it is the only one that matches
            assertThat(anyKind).extracting(LexicalQuery.Weighted::term).doesNotContain("alpha");
            assertThat(repliesOnly).hasSize(LexicalQuery.MAX_TERMS).extracting(LexicalQuery.Weighted::term).contains("alpha");
            assertThat(searcher.count(new BooleanQuery.Builder().add(lexical.ranking(repliesOnly, 0), Occur.MUST)
                    .add(replies, Occur.FILTER).build())).isEqualTo(1);
        }
    }

    private static Document kindDoc(String kind, String body) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, kind, Field.Store.NO));
        d.add(new TextField(IndexFields.BODY, body, Field.Store.NO));
        return d;
    }
}
