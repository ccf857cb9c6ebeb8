package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.CoachRules.ChangePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The change patterns go through RulePattern: Java's own word edges on ordinary text, the linear ones on text with marks. */
class CoachRulesChangePatternTest {

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    @Test
    void should_find_the_same_changes_either_way_when_the_draft_is_ordinary() {
        // given
        String draft = "At the café we cut costs by 40% and latency went from 900 ms to 120 ms. Errors dropped from about"
                + " three a month to zero, the naïve job ran 3x faster, and we halved the bill; Straße_2 saved 5 hours.";
        List<ChangePattern> patterns = CoachRules.shared().changePatterns;

        // when
        List<String> fast = new ArrayList<>();
        List<String> linear = new ArrayList<>();
        for (ChangePattern p : patterns) {
            fast.addAll(matches(p.pattern().matcher(draft)));
            linear.addAll(matches(p.pattern().linear().matcher(draft)));
        }

        // then
        assertThat(fast).isEqualTo(linear).hasSizeGreaterThanOrEqualTo(4);
        assertThat(patterns).allSatisfy(p -> assertThat(p.pattern().matcher(draft).pattern()).isNotSameAs(p.pattern().linear()));
    }

    @Test
    void should_match_with_the_linear_form_when_the_draft_holds_a_long_run_of_marks() {
        // given
        String draft = "e" + "\u0301".repeat(19_000) + " then we cut costs by 40%.";
        List<ChangePattern> patterns = CoachRules.shared().changePatterns;

        // when
        List<String> found = new ArrayList<>();
        for (ChangePattern p : patterns) {
            found.addAll(matches(p.pattern().matcher(draft)));
        }

        // then
        assertThat(patterns).allSatisfy(p -> assertThat(p.pattern().matcher(draft).pattern()).isSameAs(p.pattern().linear()));
        assertThat(found).anySatisfy(m -> assertThat(m).contains("cut costs by 40"));
    }
}
