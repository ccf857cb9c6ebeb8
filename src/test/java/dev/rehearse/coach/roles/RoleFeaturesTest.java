package dev.rehearse.coach.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleFeaturesTest {

    private final RoleCues cues = RoleCues.shared();

    private double feature(String sentence, String name) {
        return cues.features(sentence)[cues.names().indexOf(name)];
    }

    @Test
    void should_give_one_value_per_named_feature_in_a_fixed_order_when_asked_twice() {
        // when
        double[] first = cues.features("Looking back, I should have read the limits first.");
        double[] second = cues.features("Looking back, I should have read the limits first.");

        // then
        assertThat(first).hasSize(cues.names().size()).containsExactly(second);
        assertThat(cues.names()).contains("cue:situation", "cue:task", "cue:action", "cue:result", "cue:reflection",
                "cue:claim", "cue:example", "cue:filler", "cue:company-fact", "cue:outcome");
    }

    @Test
    void should_light_the_role_cue_that_the_sentence_signposts() {
        // then
        assertThat(feature("Looking back, I should have read the limits first.", "cue:reflection")).isPositive();
        assertThat(feature("My job was to find out why the totals never matched.", "cue:task")).isPositive();
        assertThat(feature("For example, I now post a note when the plan changes.", "cue:example")).isPositive();
        assertThat(feature("I'm a strong communicator.", "cue:claim")).isPositive();
        assertThat(feature("Um, where do I start.", "cue:filler")).isPositive();
    }

    @Test
    void should_set_the_outcome_feature_only_when_an_outcome_is_stated() {
        // then
        assertThat(feature("Three failed runs a month went to none.", "cue:outcome")).isPositive();
        assertThat(feature("I split the job in two.", "cue:outcome")).isZero();
    }

    @Test
    void should_keep_every_feature_between_zero_and_the_group_weight() {
        // when
        double[] values = cues.features("So, yeah, for example I'm a strong communicator and since then nobody complained again.");

        // then
        assertThat(java.util.Arrays.stream(values).boxed().toList()).isNotEmpty().allSatisfy(v -> assertThat(v).isBetween(0.0, 3.0));
    }

    @Test
    void should_give_a_story_sentence_its_most_probable_star_part_and_nothing_to_filler() {
        // given
        RolePrediction result = new RolePrediction("result", Map.of("result", 0.6, "action", 0.3, "filler", 0.1));
        RolePrediction unsure = new RolePrediction("situation", Map.of("situation", 0.4, "result", 0.35, "action", 0.25));
        RolePrediction filler = new RolePrediction("filler", Map.of("filler", 0.8, "action", 0.2));
        RolePrediction lesson = new RolePrediction("result", Map.of("result", 0.5, "reflection", 0.45, "action", 0.05));

        // then
        assertThat(ClassifiedParts.star(result, 4, 5, false, false)).isEqualTo(List.of("result"));
        assertThat(ClassifiedParts.star(unsure, 2, 5, true, false)).as("an outcome tips an unsure sentence to result").isEqualTo(List.of("result"));
        assertThat(ClassifiedParts.star(unsure, 2, 5, false, false)).isEqualTo(List.of("situation"));
        assertThat(ClassifiedParts.star(filler, 0, 5, false, false)).isEmpty();
        assertThat(ClassifiedParts.star(lesson, 4, 5, false, false)).isEqualTo(List.of("result", "reflection"));
    }

    @Test
    void should_show_the_result_too_when_an_action_sentence_also_states_what_came_of_it() {
        // given: "I built to that grain, and the spreadsheet was retired a month later"
        RolePrediction acted = new RolePrediction("action", Map.of("action", 0.9, "result", 0.05, "situation", 0.05));

        // then
        assertThat(ClassifiedParts.star(acted, 3, 4, true, false)).isEqualTo(List.of("action", "result"));
        assertThat(ClassifiedParts.star(acted, 3, 4, false, false)).as("no outcome stated: the action alone").isEqualTo(List.of("action"));
    }

    @Test
    void should_read_a_deed_past_the_first_sentence_as_the_action_when_the_classifier_leans_to_the_set_up() {
        // given: "So I went back and offered two tables", which the classifier took for more set-up
        RolePrediction setUp = new RolePrediction("situation", Map.of("situation", 0.78, "action", 0.04, "task", 0.03));

        // then
        assertThat(ClassifiedParts.star(setUp, 3, 7, false, true)).isEqualTo(List.of("action"));
        assertThat(ClassifiedParts.star(setUp, 3, 7, false, false)).as("no deed told: the classifier's part").isEqualTo(List.of("situation"));
        assertThat(ClassifiedParts.star(setUp, 0, 7, false, true)).as("the opening sentence sets the scene").isEqualTo(List.of("situation"));
    }
}
