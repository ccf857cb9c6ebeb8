package dev.rehearse.coach.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    @Test
    void should_hand_the_model_a_full_stop_for_text_with_nothing_to_read_when_a_draft_holds_only_invisible_characters() {
        // given: a model that, like the real one, refuses text it cannot read
        List<String> seen = new ArrayList<>();
        SentenceEmbedder embedder = new SentenceEmbedder("test", texts -> {
            seen.addAll(texts);
            texts.forEach(t -> {
                if (t.strip().isEmpty() || t.chars().allMatch(c -> c < ' ')) {
                    throw new IllegalArgumentException("text cannot be null or blank");
                }
            });
            return texts.stream().map(t -> new float[] {1f, 0f}).toList();
        });

        // when
        List<float[]> vectors = embedder.embed(List.of("\u0000\u0000", "\u200b\u200b", "\u2003\u3000", "\u0001\u0007", "I rebuilt it."));

        // then: one vector per text, and the model never saw the unreadable ones
        assertThat(vectors).hasSize(5);
        assertThat(seen).containsExactly(".", ".", ".", ".", "I rebuilt it.");
    }
}
