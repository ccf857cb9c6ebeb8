package dev.rehearse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paced model answer must arrive one token per part, or the load run's time to first token is wrong. */
class ModelStubTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_put_one_whole_token_event_in_each_equal_part_when_the_answer_is_paced() throws Exception {
        // given
        int chunks = 20;
        byte[] body = ModelStub.pacedAnswer(chunks).getBytes(StandardCharsets.UTF_8);

        // when: cut as WireMock's chunked dribble delay cuts it, into equal parts
        int size = body.length / chunks;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            parts.add(new String(Arrays.copyOfRange(body, i * size, (i + 1) * size), StandardCharsets.UTF_8));
        }

        // then
        assertThat(body.length % chunks).isZero();
        StringBuilder answer = new StringBuilder();
        for (String part : parts) {
            assertThat(part).endsWith("\n\n");
            List<String> contents = new ArrayList<>();
            for (String event : part.split("\n\n")) {
                String data = event.substring("data: ".length());
                if (data.equals("[DONE]")) {
                    continue;
                }
                JsonNode delta = JSON.readTree(data).path("choices").path(0).path("delta");
                if (delta.hasNonNull("content") && !delta.path("content").asText().isEmpty()) {
                    contents.add(delta.path("content").asText());
                }
            }
            assertThat(contents).hasSize(1);
            answer.append(contents.get(0));
        }
        assertThat(answer.toString().strip()).isEqualTo(ModelStub.ANSWER);
        assertThat(parts.get(chunks - 1)).endsWith("data: [DONE]\n\n");
    }
}
