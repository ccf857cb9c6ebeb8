package dev.rehearse.coach.intent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.testing.BundledKnowledge;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Red flags by meaning on labelled sentences none of which is an example in red-flags.txt
 * (src/test/resources/intent/red-flag-sentences.txt): paraphrases of the flag, and hard negatives on the same topic.
 */
@Tag("integration")
class RedFlagReaderAccuracyTest {

    private static final List<String[]> SENTENCES = LabelledLines.read("intent/red-flag-sentences.txt");

    /**
     * The recall each flag's threshold reaches on the labelled paraphrases. Blame and dodges are hard for a sentence
     * embedding to tell from owning a mistake, so their thresholds catch only near-paraphrases and the cues do the rest.
     */
    @ParameterizedTest
    @CsvSource({"blame, 0.09", "dodge, 0.04", "badmouthing, 0.6", "fake-weakness, 0.7", "no-questions, 0.95", "generic, 0.45", "flattery, 0.55"})
    void should_catch_paraphrases_and_spare_every_fair_sentence_when_reading_by_meaning(String flag, double recall) {
        // given
        MiniLmEmbedder model = BundledKnowledge.embedder();
        RedFlagReader reader = RedFlagReader.bundled(new SentenceEmbedder(model.modelId(), model::embedAll));
        List<String[]> mine = SENTENCES.stream().filter(s -> s[0].equals(flag)).toList();

        // when
        int tp = 0;
        int fp = 0;
        int positives = 0;
        StringBuilder table = new StringBuilder();
        for (String[] s : mine) {
            boolean positive = s[1].equals("+");
            positives += positive ? 1 : 0;
            boolean hit = !reader.find(Set.of(flag), List.of(s[2])).get(flag).isEmpty();
            tp += positive && hit ? 1 : 0;
            fp += !positive && hit ? 1 : 0;
            double[] c = reader.closeness(flag, s[2]);
            table.append(String.format(java.util.Locale.ROOT, "%s %s %.3f %.3f %s%n", flag, s[1], c[0], c[1], s[2]));
        }
        int negatives = mine.size() - positives;

        // then
        System.out.print(table);
        System.out.printf("%s: recall %d/%d, false flags %d/%d%n", flag, tp, positives, fp, negatives);
        assertThat(positives).isGreaterThanOrEqualTo(20);
        assertThat(negatives).isGreaterThanOrEqualTo(40);
        // a false red flag caps a fair answer at 2.0, so the thresholds allow no false flag at all
        assertThat(tp / (double) positives).isGreaterThanOrEqualTo(recall);
        assertThat(fp).isZero();
    }
}
