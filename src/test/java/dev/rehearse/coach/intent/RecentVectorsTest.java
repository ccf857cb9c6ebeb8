package dev.rehearse.coach.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.roles.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentVectorsTest {

    @Test
    void should_embed_each_sentence_once_when_two_readers_ask_for_it() {
        // given
        List<String> embedded = new ArrayList<>();
        SentenceEmbedder model = new SentenceEmbedder("fake", texts -> {
            embedded.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
        });
        SentenceEmbedder remembering = RecentVectors.remembering(model, 10);

        // when
        List<float[]> first = remembering.embed(List.of("One sentence.", "Another one."));
        List<float[]> second = remembering.embed(List.of("Another one.", "A third."));

        // then
        assertThat(embedded).containsExactly("One sentence.", "Another one.", "A third.");
        assertThat(second.get(0)).isEqualTo(first.get(1));
        assertThat(second.get(1)).containsExactly(8, 1);
        assertThat(remembering.modelId()).isEqualTo("fake");
    }

    @Test
    void should_forget_the_oldest_sentence_when_full() {
        // given
        List<String> embedded = new ArrayList<>();
        SentenceEmbedder remembering = RecentVectors.remembering(new SentenceEmbedder("fake", texts -> {
            embedded.addAll(texts);
            return texts.stream().map(t -> new float[] {1}).toList();
        }), 2);

        // when
        remembering.embed(List.of("a", "b", "c"));
        remembering.embed(List.of("a"));

        // then
        assertThat(embedded).containsExactly("a", "b", "c", "a");
    }
}
