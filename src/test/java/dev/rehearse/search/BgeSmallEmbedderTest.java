package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BGE-small, the model {@code REHEARSE_EMBEDDING=bge-small} chooses, loaded for real from its jar. */
@Tag("integration")
class BgeSmallEmbedderTest {

    private static OnnxEmbedder bge;

    @TempDir
    Path knowledgeDir;
    @TempDir
    Path indexDir;

    @BeforeAll
    static void load() {
        bge = new OnnxEmbedder(EmbeddingChoice.BGE_SMALL, null);
    }

    @Test
    void should_rank_the_answering_passage_first_when_a_question_is_embedded_as_a_query() {
        // given
        List<float[]> passages = bge.embedAll(List.of(
                "We moved the nightly batch to streaming, cutting data latency from six hours to ten minutes.",
                "The office has a rooftop garden with tomatoes and basil."));

        // when
        float[] query = bge.embedQuery("how did you reduce data latency?");

        // then
        assertThat(query).hasSize(384);
        assertThat(Embedder.cosine(query, passages.get(0))).isGreaterThan(Embedder.cosine(query, passages.get(1)));
    }

    @Test
    void should_put_the_instruction_in_front_of_queries_only_when_embedding() {
        // given
        String text = "how did you reduce data latency?";

        // when
        float[] asQuery = bge.embedQuery(text);
        float[] asText = bge.embed(text);

        // then: the same text, read differently as a query
        assertThat(Embedder.cosine(asQuery, asText)).isLessThan(0.9999);
        assertThat(Embedder.cosine(bge.embed(text), asText)).isGreaterThan(0.9999);
    }

    @Test
    void should_cut_passages_into_windows_the_model_reads_when_they_are_long() {
        // given
        String body = "The pipeline loaded orders from the warehouse and checked each batch. ".repeat(80);

        // when
        List<String> windows = bge.windows("Orders pipeline", body);

        // then
        assertThat(windows).hasSizeBetween(2, OnnxEmbedder.MAX_WINDOWS);
        windows.forEach(w -> assertThat(bge.count(w)).isLessThanOrEqualTo(EmbeddingChoice.BGE_SMALL.windowTokens()));
    }

    @Test
    void should_rebuild_the_index_when_it_was_built_with_the_other_model() throws Exception {
        // given: an index built by MiniLM
        Files.writeString(knowledgeDir.resolve("notes.md"), "# Latency\n\nI cut data latency from six hours to ten minutes.\n");
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, SharedEmbedder.get())) {
            assertThat(index.stats().lastReport().passagesEmbedded()).isPositive();
        }

        // when: opened with BGE, then again with BGE
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, bge)) {
            // then: every passage embedded again, and found with the new vectors
            assertThat(index.stats().lastReport().passagesEmbedded()).isEqualTo(index.knowledge().passages().size());
            assertThat(index.search(SearchQuery.of("how fast is the data now?", 1).withMode(SearchMode.VECTOR))).hasSize(1);
        }
        try (KnowledgeIndex index = KnowledgeIndex.open(knowledgeDir, indexDir, bge)) {
            assertThat(index.stats().lastReport().passagesEmbedded()).isZero();
        }
    }
}
