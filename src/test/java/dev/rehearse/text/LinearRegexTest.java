package dev.rehearse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinearRegexTest {

    @Test
    void should_spell_word_boundaries_as_one_character_lookarounds_when_compiling() {
        // given
        String rule = "\\bwe\\s+[a-z]+ed\\b|\\Bx|[\\b]|\\\\b";

        // when
        String rewritten = LinearRegex.rewrite(rule);

        // then: no \b or \B left outside a class, an escaped backslash before b untouched
        assertThat(rewritten.replace("\\\\b", "").replace("[\\b]", "")).doesNotContain("\\b").doesNotContain("\\B");
        assertThat(rewritten).contains("\\\\b").contains("[\\b]");
    }

    @Test
    void should_match_at_word_edges_like_a_word_boundary_when_the_text_is_ordinary() {
        // given
        Pattern we = LinearRegex.compileIgnoringCase("\\bwe\\b");

        // when / then
        assertThat(we.matcher("So we did it").find()).isTrue();
        assertThat(we.matcher("We.").find()).isTrue();
        assertThat(we.matcher("were, owe, we_x").find()).isFalse();
    }
}
