package dev.rehearse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When one number mention is the same quantity as another. */
class NumberMentionTest {

    private static NumberMention only(String text) {
        List<NumberMention> all = NumberMention.findAll(text);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void should_not_back_a_plain_count_with_a_percentage_a_multiple_or_money() {
        // given
        NumberMention count = only("90 runs");

        // then
        assertThat(count.supportedBy(only("90%"))).isFalse();
        assertThat(count.supportedBy(only("90x"))).isFalse();
        assertThat(count.supportedBy(only("£90"))).isFalse();
        assertThat(count.supportedBy(only("ninety"))).isTrue();
        assertThat(only("three a month").supportedBy(only("three times a month"))).isTrue();
        assertThat(only("three a month").supportedBy(only("three times faster"))).isFalse();
    }

    @Test
    void should_back_a_quantity_only_with_the_same_value_and_kind() {
        // then
        assertThat(only("40%").supportedBy(only("40 percent"))).isTrue();
        assertThat(only("40%").supportedBy(only("40"))).isFalse();
        assertThat(only("£2m").supportedBy(only("2,000,000"))).isTrue();
        assertThat(only("£2m").supportedBy(only("$2m"))).isFalse();
    }
}
