package dev.rehearse.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rehearse.text.DiffSegment.Op;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static final String[] VOCABULARY = {"pipeline", "data", "we", "I", "built", "measured", "latency", "team",
            "the", "a", "customer", "journey", "Spark", "Kafka", "warehouse", "model", "cost", "reduced", "weeks", "rollout"};

    /** Words drawn at random with a fixed seed until the text is {@code chars} long; sentences when asked. */
    private static String randomDraft(long seed, int chars, boolean sentences) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int inSentence = 0;
        while (sb.length() < chars) {
            sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            if (sentences && ++inSentence == 12) {
                sb.append('.');
                inSentence = 0;
            }
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String joined(List<DiffSegment> segments, Op changed) {
        StringBuilder sb = new StringBuilder();
        segments.stream().filter(s -> s.op() == Op.EQUAL || s.op() == changed).forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    @Test
    void should_show_two_very_different_20000_character_drafts_as_replaced_whole_when_they_share_no_sentence_structure() {
        // given
        String older = randomDraft(1, 20_000, false);
        String newer = randomDraft(2, 20_000, false);

        // when: a generous ceiling; word by word this took 41 s
        List<DiffSegment> diff = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordDiff.exact(older, newer));

        // then: too different to diff word by word, so one deletion and one insertion, both drafts intact
        assertThat(diff).extracting(DiffSegment::op).containsExactly(Op.DELETE, Op.INSERT);
        assertThat(joined(diff, Op.DELETE)).isEqualTo(older);
        assertThat(joined(diff, Op.INSERT)).isEqualTo(newer);
    }

    @Test
    void should_keep_word_level_detail_for_a_small_edit_when_the_drafts_are_long() {
        // given: 20,000 characters in sentences, one word changed in the middle
        String older = randomDraft(3, 20_000, true);
        int middle = older.indexOf(' ', 10_000);
        String newer = older.substring(0, middle) + " suddenly" + older.substring(middle);

        // when
        List<DiffSegment> diff = WordDiff.exact(older, newer);

        // then
        assertThat(diff).filteredOn(s -> s.op() != Op.EQUAL).singleElement()
                .satisfies(s -> assertThat(s.op()).isEqualTo(Op.INSERT))
                .satisfies(s -> assertThat(s.text().strip()).isEqualTo("suddenly"));
        assertThat(joined(diff, Op.DELETE)).isEqualTo(older);
        assertThat(joined(diff, Op.INSERT)).isEqualTo(newer);
    }

    @Test
    void should_give_back_both_drafts_when_long_drafts_with_sentences_differ_everywhere() {
        // given
        String older = randomDraft(4, 20_000, true);
        String newer = randomDraft(5, 20_000, true);

        // when
        List<DiffSegment> diff = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordDiff.exact(older, newer));

        // then
        assertThat(joined(diff, Op.DELETE)).isEqualTo(older);
        assertThat(joined(diff, Op.INSERT)).isEqualTo(newer);
        for (int i = 1; i < diff.size(); i++) {
            assertThat(diff.get(i).op()).isNotEqualTo(diff.get(i - 1).op());
        }
    }

    @Test
    void should_compare_words_ignoring_case_and_spacing_when_reading_by_words() {
        // when
        WordDiff.Result r = WordDiff.ofWords("We built\nthe   Pipeline.", "we built the pipeline in six weeks.");

        // then
        assertThat(r.segments()).containsExactly(new DiffSegment(Op.EQUAL, "We built the Pipeline"),
                new DiffSegment(Op.INSERT, "in six weeks"), new DiffSegment(Op.EQUAL, "."));
        assertThat(r.added()).isEqualTo(3);
        assertThat(r.removed()).isZero();
    }
}
