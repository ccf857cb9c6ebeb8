package dev.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryTitlesTest {

    @Test
    void should_name_the_project_when_the_opening_says_what_was_being_done() {
        // when
        String title = StoryTitles.of("one project I worked on was rebuilding the PayPal ingestion pipeline for payments reporting.");

        // then
        assertThat(title).isEqualTo("Rebuilding the PayPal ingestion pipeline");
    }

    @Test
    void should_name_what_the_subject_was_when_the_opening_describes_a_role() {
        // when
        String title = StoryTitles.of("My first role at GoPuff was fully remote, so I'm comfortable working async and managing my own priorities.");

        // then
        assertThat(title).isEqualTo("Fully remote first role at GoPuff");
    }

    @Test
    void should_stop_before_a_dangling_word_when_the_opening_is_long_and_has_neither_shape() {
        // when
        String title = StoryTitles.of("When our nightly loads failed twice a week for the finance team.");

        // then: seven words at most, never ending on "a"
        assertThat(title).isEqualTo("When our nightly loads failed twice");
    }
}
