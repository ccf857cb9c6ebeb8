package dev.rehearse.practice;

import static dev.rehearse.text.DiffSegment.Op.DELETE;
import static dev.rehearse.text.DiffSegment.Op.EQUAL;
import static dev.rehearse.text.DiffSegment.Op.INSERT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.text.DiffSegment;
import dev.rehearse.text.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DraftDiffTest {

    private static DiffSegment eq(String t) {
        return new DiffSegment(EQUAL, t);
    }

    private static DiffSegment del(String t) {
        return new DiffSegment(DELETE, t);
    }

    private static DiffSegment ins(String t) {
        return new DiffSegment(INSERT, t);
    }

    @Test
    void should_show_one_equal_segment_when_drafts_are_identical() {
        // when
        DraftDiff diff = DraftDiff.between("Same words.\nSame lines.", "Same words.\nSame lines.");

        // then
        assertThat(diff.segments()).containsExactly(eq("Same words.\nSame lines."));
        assertThat(diff.identical()).isTrue();
        assertThat(DraftDiff.between("", "").segments()).isEmpty();
    }

    @Test
    void should_show_a_replaced_phrase_as_one_deletion_and_one_insertion() {
        // when
        DraftDiff diff = DraftDiff.between("the quick brown fox", "the slow red fox");

        // then
        assertThat(diff.segments()).containsExactly(eq("the "), del("quick brown"), ins("slow red"), eq(" fox"));
        assertThat(diff.deletedWords()).isEqualTo(2);
        assertThat(diff.insertedWords()).isEqualTo(2);
        assertThat(diff.identical()).isFalse();
    }

    @Test
    void should_show_added_and_removed_words_at_the_edges() {
        // when
        DraftDiff added = DraftDiff.between("I led the migration.", "I led the migration to Spark in 6 weeks.");
        DraftDiff removed = DraftDiff.between("Basically, you know, I led it.", "I led it.");

        // then
        assertThat(added.segments()).containsExactly(eq("I led the migration"), ins(" to Spark in 6 weeks"), eq("."));
        assertThat(removed.segments()).containsExactly(del("Basically, you know, "), eq("I led it."));
        assertThat(removed.deletedWords()).isEqualTo(3);
    }

    @Test
    void should_treat_punctuation_as_its_own_token() {
        // when
        DraftDiff diff = DraftDiff.between("Hello, world", "Hello; world");

        // then
        assertThat(diff.segments()).containsExactly(eq("Hello"), del(","), ins(";"), eq(" world"));
    }

    @Test
    void should_keep_whitespace_and_line_breaks_exactly() {
        // given
        String older = "First paragraph.\n\n  Second   one\twith tabs.\r\nEnd";
        String newer = "First paragraph.\n\n  Second   one\twith spaces.\r\nEnd\n";

        // when
        DraftDiff diff = DraftDiff.between(older, newer);

        // then
        assertThat(diff.segments()).containsExactly(eq("First paragraph.\n\n  Second   one\twith "), del("tabs"), ins("spaces"),
                eq(".\r\nEnd"), ins("\n"));
        assertThat(diff.before()).isEqualTo(older);
        assertThat(diff.after()).isEqualTo(newer);
    }

    @Test
    void should_never_split_an_emoji_or_a_word_with_an_apostrophe() {
        // when
        DraftDiff emoji = DraftDiff.between("We ship 👨‍👩‍👧 fast", "We ship 👨‍👩‍👦 fast");
        DraftDiff apostrophe = DraftDiff.between("I didn’t measure it", "I didn't measure it");

        // then
        assertThat(emoji.segments()).containsExactly(eq("We ship "), del("👨‍👩‍👧"), ins("👨‍👩‍👦"), eq(" fast"));
        assertThat(apostrophe.segments()).containsExactly(eq("I "), del("didn’t"), ins("didn't"), eq(" measure it"));
        assertThat(WordDiff.tokens("数据 שלום e\u0301")).containsExactly("数据", " ", "שלום", " ", "e\u0301");
    }

    @Test
    void should_give_back_both_drafts_and_never_two_neighbouring_segments_of_a_kind() {
        // given: random edits of a mixed-script text, with a fixed seed
        Random random = new Random(42);
        String[] vocabulary = {"I", "we", "built", "the", "pipeline", ",", ".", " ", "  ", "\n", "😀", "数据", "שלום",
                "\u200B", "'", "don't", "data-driven", "\t"};
        for (int round = 0; round < 300; round++) {
            String older = randomText(random, vocabulary);
            String newer = random.nextBoolean() ? randomText(random, vocabulary) : mutate(random, older, vocabulary);

            // when
            DraftDiff diff = DraftDiff.between(older, newer);

            // then
            assertThat(diff.before()).isEqualTo(older);
            assertThat(diff.after()).isEqualTo(newer);
            List<DiffSegment> segments = diff.segments();
            for (int i = 0; i < segments.size(); i++) {
                assertThat(segments.get(i).text()).isNotEmpty();
                if (i > 0) {
                    assertThat(segments.get(i).op()).isNotEqualTo(segments.get(i - 1).op());
                }
                if (i > 0 && segments.get(i).op() == DELETE) {
                    assertThat(segments.get(i - 1).op()).isEqualTo(EQUAL);
                }
            }
            assertThat(DraftDiff.between(older, newer)).isEqualTo(diff);
        }
    }

    private static String randomText(Random random, String[] vocabulary) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return sb.toString();
    }

    private static String mutate(Random random, String text, String[] vocabulary) {
        List<String> tokens = new ArrayList<>(WordDiff.tokens(text));
        for (int edits = random.nextInt(4); edits >= 0; edits--) {
            int at = tokens.isEmpty() ? 0 : random.nextInt(tokens.size());
            switch (random.nextInt(3)) {
                case 0 -> tokens.add(at, vocabulary[random.nextInt(vocabulary.length)]);
                case 1 -> {
                    if (!tokens.isEmpty()) {
                        tokens.remove(at);
                    }
                }
                default -> {
                    if (!tokens.isEmpty()) {
                        tokens.set(at, vocabulary[random.nextInt(vocabulary.length)]);
                    }
                }
            }
        }
        return String.join("", tokens);
    }
}
