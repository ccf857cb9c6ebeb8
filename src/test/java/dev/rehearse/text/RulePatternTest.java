package dev.rehearse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RulePatternTest {

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void should_find_the_word_edges_the_linear_form_finds_when_any_ordinary_character_borders_a_word() {
        // given: every code point that leaves a text ordinary, next to a letter and next to a space
        RulePattern edges = RulePattern.compileIgnoringCase("\\b|\\B");
        List<String> differing = new ArrayList<>();

        // when
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = new String(Character.toChars(cp));
            String text = "a" + c + " " + c + "a" + c;
            if (!RulePattern.ordinary(text)) {
                continue;
            }
            Matcher fast = edges.matcher(text);
            Matcher linear = edges.linear().matcher(text);
            if (!matches(fast).equals(matches(linear))) {
                differing.add(Integer.toHexString(cp));
            }
        }

        // then
        assertThat(differing).isEmpty();
    }

    @Test
    void should_leave_a_text_with_marks_or_number_signs_to_the_linear_form_when_matching() {
        // given
        RulePattern word = RulePattern.compileIgnoringCase("\\bcafe\\b");

        // when / then: the accent is typed as a separate mark, which Java's \b reads differently
        assertThat(RulePattern.ordinary("cafe\u0301 au lait")).isFalse();
        assertThat(RulePattern.ordinary("half ½ of Ⅻ")).isFalse();
        assertThat(RulePattern.ordinary("Café, naïve, 東京, Straße_2")).isTrue();
        assertThat(word.matcher("cafe\u0301 au lait").pattern()).isSameAs(word.linear());
        assertThat(word.matcher("cafe\u0301 au lait").find()).isFalse();
        assertThat(word.matcher("a CAFE here").find()).isTrue();
    }

    @Test
    void should_match_a_rule_alike_either_way_when_the_text_is_ordinary() {
        // given
        RulePattern rule = RulePattern.compileIgnoringCase("\\b(?:we|i)\\s+\\w+ed\\b|\\Bing\\b");
        String text = "We shipped it; I owned the thing, then we_tested nothing. Testing ended.";

        // when
        List<String> fast = matches(rule.matcher(text));
        List<String> linear = matches(rule.linear().matcher(text));

        // then
        assertThat(fast).isEqualTo(linear).isNotEmpty();
        assertThat(rule.matcher(text).pattern()).isNotSameAs(rule.linear());
    }

    @Test
    void should_compile_the_linear_form_with_look_arounds_when_built() {
        // given / when
        Pattern linear = RulePattern.compile("\\bx\\b", 0).linear();

        // then
        assertThat(linear.pattern()).doesNotContain("\\b").contains("(?<=");
    }
}
