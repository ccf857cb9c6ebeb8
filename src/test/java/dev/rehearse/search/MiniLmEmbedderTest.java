package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
class MiniLmEmbedderTest {

    private final MiniLmEmbedder embedder = SharedEmbedder.get();

    @Test
    void should_return_unit_vectors_of_384_dimensions() {
        // when
        float[] v = embedder.embed("a reliable payments pipeline");

        // then
        assertThat(v).hasSize(embedder.dimension()).hasSize(384);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void should_read_words_emoji_and_punctuation_but_not_text_its_tokenizer_cleans_away() {
        assertThat(List.of("pipeline", "\uD83D\uDE00", "?!", "42")).allMatch(embedder::reads);
        assertThat(List.of("", " ", "\u0000", "\u200b\u200d\ufeff", "\ufffd", "\u0001\u007f")).noneMatch(embedder::reads);
    }

    @Test
    void should_place_related_texts_closer_than_unrelated_ones() {
        float[] query = embedder.embed("how do you keep data pipelines reliable");
        float[] related = embedder.embed("I add monitoring and retries so failed loads do not break downstream reports");
        float[] unrelated = embedder.embed("Our cat sleeps on the warm windowsill all afternoon");
        assertThat(Embedder.cosine(query, related)).isGreaterThan(Embedder.cosine(query, unrelated) + 0.1);
    }

    @Test
    void should_embed_in_order_and_like_one_by_one_when_embedding_all() {
        // given
        List<String> texts = List.of("data foundation", "sense of ownership", "reverse engineering the infrastructure");

        // when
        List<float[]> all = embedder.embedAll(texts);

        // then
        assertThat(all).hasSize(3);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(Embedder.cosine(all.get(i), embedder.embed(texts.get(i)))).isGreaterThan(0.9999);
        }
    }

    @Test
    void should_read_only_the_models_window_of_a_long_text() {
        // given: a text far longer than 256 word pieces
        String head = String.join(" ", Collections.nCopies(60, "Pipelines ingest payment data every day."));
        String tail = String.join(" ", Collections.nCopies(60, "The cat sleeps on the windowsill."));

        // when
        float[] whole = embedder.embed(head + " " + tail);

        // then: the vector is that of the opening, not an average with the unrelated tail
        assertThat(Embedder.cosine(whole, embedder.embed(embedder.cut(head + " " + tail, MiniLmEmbedder.MAX_TOKENS)))).isGreaterThan(0.9999);
        assertThat(Embedder.cosine(whole, embedder.embed(head))).isGreaterThan(0.99);
    }

    @Test
    void should_give_one_window_with_the_heading_when_the_passage_is_short() {
        assertThat(embedder.windows("Funding", "Acme raised a seed round.")).containsExactly("Funding\nAcme raised a seed round.");
        assertThat(embedder.windows("", "Acme raised a seed round.")).containsExactly("Acme raised a seed round.");
    }

    @Test
    void should_cover_a_long_passage_with_overlapping_windows_that_each_fit_the_model() {
        // given
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            body.append("Sentence number ").append(i).append(" talks about ingestion retries. ");
        }
        String text = body.toString().strip();

        // when
        List<String> windows = embedder.windows("Reliability", text);

        // then
        assertThat(windows).hasSizeBetween(2, MiniLmEmbedder.MAX_WINDOWS);
        for (String w : windows) {
            assertThat(w).startsWith("Reliability\n");
            assertThat(embedder.count(w)).isLessThanOrEqualTo(MiniLmEmbedder.WINDOW_TOKENS);
            assertThat(text).contains(w.substring("Reliability\n".length()));
        }
        assertThat(windows.get(0)).contains("Sentence number 1 talks");
        assertThat(windows.get(windows.size() - 1)).endsWith("Sentence number 60 talks about ingestion retries.");
        // neighbours overlap, so no sentence is only ever seen cut in half
        for (int i = 1; i < windows.size(); i++) {
            String previous = windows.get(i - 1);
            String firstWords = windows.get(i).substring("Reliability\n".length(), "Reliability\n".length() + 20);
            assertThat(previous).contains(firstWords);
        }
    }

    @Test
    void should_not_split_a_word_at_a_window_edge() {
        // given: long words that the tokenizer cuts into several pieces
        String text = String.join(" ", Collections.nCopies(200, "internationalisation"));

        // when
        List<String> windows = embedder.windows("", text);

        // then
        for (String w : windows) {
            assertThat(w.split(" ")).allSatisfy(word -> assertThat(word).isEqualTo("internationalisation"));
        }
    }
}
