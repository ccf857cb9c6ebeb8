package dev.rehearse.llm.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LenientJsonTest {

    record Point(int x, String label) {
    }

    @Test
    void should_read_json_wrapped_in_a_fence_and_prose() {
        assertThat(LenientJson.parse("Here you go:\n```json\n{\"x\": 3, \"label\": \"a\", \"extra\": true,}\n```\nHope it helps!", Point.class))
                .contains(new Point(3, "a"));
    }

    @Test
    void should_give_nothing_for_text_that_is_not_json() {
        assertThat(LenientJson.parse("I think it is fine.", Point.class)).isEmpty();
        assertThat(LenientJson.parse("{\"x\": 3, \"label\": \"cut", Point.class)).isEmpty();
        assertThat(LenientJson.parse(null, Point.class)).isEmpty();
    }
}
