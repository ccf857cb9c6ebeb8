package dev.rehearse.coach.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.judgement.JudgementSet;
import dev.rehearse.judgement.LabelledSentence;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.testing.BundledKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The role classifier measured on the held-out sentences it never saw, with the real MiniLM model. */
@Tag("integration")
class RoleClassifierAccuracyTest {

    @TempDir
    Path dataDir;

    private static SentenceEmbedder embedder() {
        MiniLmEmbedder m = BundledKnowledge.embedder();
        return new SentenceEmbedder(m.modelId(), m::embedAll);
    }

    @Test
    void should_label_at_least_85_percent_of_held_out_sentences_correctly() {
        // given
        List<LabelledSentence> heldOut = JudgementSet.heldOutSentences();
        MeaningReader reader = new MeaningReader(embedder(), RoleModelCache.inMemory());
        List<String> texts = heldOut.stream().map(LabelledSentence::text).toList();

        // when
        List<RolePrediction> predicted = reader.roleClassifier().predict(texts, embedder().embed(texts));

        // then
        int right = 0;
        Map<String, String> wrong = new TreeMap<>();
        for (int i = 0; i < heldOut.size(); i++) {
            if (predicted.get(i).role().equals(heldOut.get(i).role())) {
                right++;
            } else {
                wrong.put(heldOut.get(i).text(), heldOut.get(i).role() + " → " + predicted.get(i).role());
            }
        }
        double accuracy = (double) right / heldOut.size();
        System.out.printf("sentence-role accuracy on the held-out split: %d/%d = %.3f%n", right, heldOut.size(), accuracy);
        wrong.forEach((text, roles) -> System.out.println("  " + roles + ": " + text));
        assertThat(accuracy).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void should_cache_the_model_in_the_data_folder_and_read_it_back_with_the_same_predictions() {
        // given
        RoleModelCache cache = RoleModelCache.inDataDir(dataDir);
        SentenceEmbedder embedder = embedder();
        List<String> texts = List.of("Three failed runs a month went to none in the following quarter.",
                "The finance team needed a weekly report they could trust.");
        List<float[]> vectors = embedder.embed(texts);

        // when
        List<RolePrediction> first = new MeaningReader(embedder, cache).roleClassifier().predict(texts, vectors);
        Path file = cache.file(RoleTrainingSet.bundled(), RoleCues.shared(), embedder).orElseThrow();
        List<RolePrediction> second = new MeaningReader(embedder, cache).roleClassifier().predict(texts, vectors);

        // then
        assertThat(file).isRegularFile();
        assertThat(file.getFileName().toString()).matches("roles-[0-9a-f]{16}\\.model");
        assertThat(file.getParent()).isEqualTo(dataDir.resolve("models"));
        assertThat(second).isEqualTo(first);
        assertThat(first.get(0).role()).isEqualTo("result");
        assertThat(first.get(1).role()).isEqualTo("situation");
    }

    @Test
    void should_train_the_same_model_twice_from_the_same_file() throws Exception {
        // given
        SentenceEmbedder embedder = embedder();
        List<String> texts = JudgementSet.heldOutSentences().stream().map(LabelledSentence::text).limit(20).toList();
        List<float[]> vectors = embedder.embed(texts);

        // when
        List<RolePrediction> a = new MeaningReader(embedder, RoleModelCache.inMemory()).roleClassifier().predict(texts, vectors);
        List<RolePrediction> b = new MeaningReader(embedder, RoleModelCache.inMemory()).roleClassifier().predict(texts, vectors);

        // then
        assertThat(b).isEqualTo(a);
        assertThat(Files.exists(dataDir.resolve("models"))).isFalse();
    }
}
