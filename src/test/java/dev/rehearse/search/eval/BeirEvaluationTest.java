package dev.rehearse.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.RankingSettings;
import dev.rehearse.search.SearchMode;
import dev.rehearse.search.SyncProgress;
import dev.rehearse.testing.BundledKnowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
class BeirEvaluationTest {

    @TempDir
    Path dir;

    private static MiniLmEmbedder embedder() {
        return BundledKnowledge.embedder();
    }

    private void writeCollection() throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), String.join("\n",
                "{\"_id\": \"d1\", \"title\": \"Vitamin D and bone density\", \"text\": \"Vitamin D supplements raised bone mineral density in older women.\"}",
                "{\"_id\": \"d2\", \"title\": \"Coffee and sleep\", \"text\": \"Drinking coffee late in the day shortens deep sleep.\"}",
                "{\"_id\": \"d3\", \"title\": \"Exercise and mood\", \"text\": \"Regular running lowers symptoms of depression.\"}",
                "{\"_id\": \"d4\", \"title\": \"Salt and blood pressure\", \"text\": \"High sodium intake increases blood pressure.\"}",
                "")); 
        Files.writeString(dir.resolve("queries.jsonl"), String.join("\n",
                "{\"_id\": \"q1\", \"text\": \"vitamin D improves bone density\"}",
                "{\"_id\": \"q2\", \"text\": \"caffeine reduces deep sleep\"}",
                "{\"_id\": \"q3\", \"text\": \"a query without judgements\"}"));
        Files.createDirectories(dir.resolve("qrels"));
        Files.writeString(dir.resolve("qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n");
    }

    @Test
    void should_score_every_mode_on_a_small_collection() throws IOException {
        // given
        writeCollection();

        // when
        List<RetrievalEvaluation> results = BeirEvaluation.run(dir, List.of(SearchMode.values()), embedder(), SyncProgress.NONE);

        // then
        assertThat(results).extracting(RetrievalEvaluation::mode).containsExactly(SearchMode.values());
        for (RetrievalEvaluation r : results) {
            assertThat(r.documents()).isEqualTo(4);
            assertThat(r.queries()).as("only judged queries run").isEqualTo(2);
            assertThat(r.ndcgAt10()).as(r.mode().wireName()).isEqualTo(1.0);
            assertThat(r.recallAt10()).isEqualTo(1.0);
            assertThat(r.p50Millis()).isPositive().isLessThanOrEqualTo(r.p99Millis());
            assertThat(r.printable()).contains("nDCG@10     1.0000", "recall@10", "p50", r.mode().wireName());
        }
    }

    @Test
    void should_rank_the_same_documents_with_and_without_snippets() throws IOException {
        // given
        writeCollection();
        BeirCollection collection = BeirCollection.load(dir);
        BeirCollection.Query vitamin = collection.queries().get(0);

        // when
        try (BeirEvaluation eval = BeirEvaluation.index(collection, dir.resolve("index"), true, embedder(),
                RankingSettings.DEFAULT, SyncProgress.NONE)) {
            List<String> withSnippets = eval.rank(vitamin, SearchMode.HYBRID, true);
            List<String> without = eval.rank(vitamin, SearchMode.HYBRID, false);

            // then
            assertThat(withSnippets).hasSize(4).startsWith("d1");
            assertThat(without).isEqualTo(withSnippets);
            assertThat(eval.vectorCount()).isEqualTo(4);
            assertThat(eval.indexMillis()).isPositive();
            assertThat(eval.indexPath()).isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }

    @Test
    void should_name_the_missing_file() throws IOException {
        writeCollection();
        Files.delete(dir.resolve("qrels/test.tsv"));
        assertThatThrownBy(() -> BeirCollection.load(dir)).isInstanceOf(BeirFormatException.class).hasMessageContaining("test.tsv");
    }

    @Test
    void should_name_the_file_and_line_of_bad_json() throws IOException {
        writeCollection();
        Files.writeString(dir.resolve("corpus.jsonl"), "{\"_id\": \"d1\", \"text\": \"ok\"}\n{not json\n");
        assertThatThrownBy(() -> BeirCollection.load(dir)).isInstanceOf(BeirFormatException.class)
                .hasMessageContaining("corpus.jsonl line 2");
    }

    @Test
    void should_reject_a_folder_that_is_not_there() {
        assertThatThrownBy(() -> BeirCollection.load(dir.resolve("nope"))).isInstanceOf(BeirFormatException.class)
                .hasMessageContaining("BEIR folder not found");
    }
}
