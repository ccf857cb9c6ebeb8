package dev.rehearse.search;

import dev.rehearse.testing.Patience;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model loading in the background while an index with nothing to embed opens; failures surface where it is used. */
@Tag("integration")
class BackgroundEmbedderTest {

    @TempDir
    Path work;

    @Test
    void should_open_an_unchanged_index_before_the_model_has_loaded() throws Exception {
        // given: an index of one file, built with the real model
        Path knowledge = Files.createDirectories(work.resolve("knowledge"));
        Files.writeString(knowledge.resolve("notes.md"), "# Payments\n\nI rebuilt the payments feed so a late file no longer"
                + " blocked the daily report.\n");
        try (KnowledgeIndex first = KnowledgeIndex.open(knowledge, work.resolve("index"), SharedEmbedder.get())) {
            assertThat(first.stats().lastReport().passagesEmbedded()).isPositive();
        }
        // and a model whose load is held back until the test lets it finish
        CountDownLatch release = new CountDownLatch(1);
        BackgroundEmbedder model = BackgroundEmbedder.load(() -> {
            awaitQuietly(release);
            return SharedEmbedder.get();
        }, 384, MiniLmEmbedder.MODEL_ID);

        // when: the index reopens while the model is still loading
        try (KnowledgeIndex reopened = KnowledgeIndex.open(knowledge, work.resolve("index"), model)) {
            // then: nothing to embed, so nothing waited for the model
            assertThat(reopened.stats().lastReport().passagesEmbedded()).isZero();
            assertThat(release.getCount()).isEqualTo(1);

            // and once it has loaded, it embeds as the model does
            release.countDown();
            model.awaitLoaded();
            assertThat(model.embed("late file")).containsExactly(SharedEmbedder.get().embed("late file"));
            assertThat(model.windows("Payments", "a short body")).isEqualTo(SharedEmbedder.get().windows("Payments", "a short body"));
        }
    }

    @Test
    void should_throw_the_loads_own_failure_on_every_use() {
        // given
        BackgroundEmbedder model = BackgroundEmbedder.load(() -> {
            throw new IllegalStateException("the model file is damaged");
        }, 384, MiniLmEmbedder.MODEL_ID);

        // then: the name and dimension were announced; everything needing the model says why it cannot
        assertThat(model.modelId()).isEqualTo(MiniLmEmbedder.MODEL_ID);
        assertThat(model.dimension()).isEqualTo(384);
        assertThatThrownBy(model::awaitLoaded).isInstanceOf(IllegalStateException.class).hasMessage("the model file is damaged");
        assertThatThrownBy(() -> model.embed("x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the model file is damaged");
    }

    @Test
    void should_refuse_a_model_other_than_the_one_announced() {
        // given: vectors of another model would not compare with the index's
        BackgroundEmbedder model = BackgroundEmbedder.load(SharedEmbedder::get, 384, "some-other-model");

        // then
        assertThatThrownBy(model::awaitLoaded).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(MiniLmEmbedder.MODEL_ID).hasMessageContaining("some-other-model");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(Patience.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the test never released the model");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
