package dev.rehearse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbeddingChoiceTest {

    @Test
    void should_choose_the_default_when_the_setting_is_blank() {
        // when / then
        assertThat(EmbeddingChoice.fromSetting(null)).isEqualTo(EmbeddingChoice.defaultChoice());
        assertThat(EmbeddingChoice.fromSetting("  ")).isEqualTo(EmbeddingChoice.defaultChoice());
    }

    @Test
    void should_read_each_name_whatever_its_case_when_set() {
        // when / then
        assertThat(EmbeddingChoice.fromSetting("minilm")).isEqualTo(EmbeddingChoice.MINILM);
        assertThat(EmbeddingChoice.fromSetting(" BGE-Small ")).isEqualTo(EmbeddingChoice.BGE_SMALL);
    }

    @Test
    void should_name_the_choices_when_the_setting_is_unknown() {
        // when / then
        assertThatThrownBy(() -> EmbeddingChoice.fromSetting("bge-large"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REHEARSE_EMBEDDING").hasMessageContaining("minilm, bge-small")
                .hasMessageContaining("'bge-large'");
    }

    @Test
    void should_give_each_model_its_own_index_id_when_compared() {
        // when / then: the index records this id, so a change of model is seen and the index rebuilt
        assertThat(EmbeddingChoice.MINILM.modelId()).isEqualTo("all-minilm-l6-v2-q/window128").isEqualTo(MiniLmEmbedder.MODEL_ID);
        assertThat(EmbeddingChoice.BGE_SMALL.modelId()).isEqualTo("bge-small-en-v1.5-q/window254");
    }
}
