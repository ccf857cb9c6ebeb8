package dev.rehearse.llm.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldStreamerTest {

    private static List<String> stream(String field, String... chunks) {
        List<String> out = new ArrayList<>();
        JsonFieldStreamer s = new JsonFieldStreamer(field, out::add);
        for (String c : chunks) {
            s.accept(c);
        }
        return out;
    }

    @Test
    void should_pass_on_the_field_text_as_it_arrives() {
        List<String> out = stream("summary", "{\"sum", "mary\": \"Good ", "story, weak", " result.\", \"substance\": {\"score\": 3}}");
        assertThat(out).containsExactly("Good ", "story, weak", " result.");
    }

    @Test
    void should_decode_escapes_even_when_split_across_chunks() {
        List<String> out = stream("summary", "{\"summary\": \"He said \\", "\"ship it\\\" \\u00e9", "t\\u", "00e9\\nnext\"}");
        assertThat(String.join("", out)).isEqualTo("He said \"ship it\" été\nnext");
    }

    @Test
    void should_ignore_the_same_key_inside_nested_objects_and_text_before_the_object() {
        List<String> out = stream("summary", "```json\n{\"issues\": [{\"summary\": \"nested\"}], \"note\": \"summary\", \"summary\": \"top\"}\n```");
        assertThat(out).containsExactly("top");
    }

    @Test
    void should_stop_at_the_end_of_the_field() {
        JsonFieldStreamer s = new JsonFieldStreamer("summary", t -> { });
        s.accept("{\"summary\": \"done\", \"revisedAnswer\": \"more");
        assertThat(s.finished()).isTrue();
        assertThat(stream("summary", "{\"summary\": \"done\", \"revisedAnswer\": \"more")).containsExactly("done");
    }
}
