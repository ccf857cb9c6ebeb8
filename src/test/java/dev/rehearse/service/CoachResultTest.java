package dev.rehearse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.llm.reply.FailureKind;
import dev.rehearse.llm.reply.LlmFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one JSON shape of a coaching result, with and without a model. */
class CoachResultTest {

    /** A report as the coach's are: a record, whose fields are lifted to the top. */
    record Report(double overall, List<String> followUps) {
    }

    @Test
    void should_put_the_offline_fields_at_the_top_with_null_model_fields_when_there_is_no_model() {
        // given
        CoachResult<Report, Object> result = CoachResult.offlineOnly(new Report(2.5, List.of()));

        // when
        JsonNode json = Json.MAPPER.valueToTree(result);

        // then
        assertThat(json.path("overall").asDouble()).isEqualTo(2.5);
        assertThat(json.has("offline")).isFalse();
        assertThat(json.has("llm")).isTrue();
        assertThat(json.get("llm").isNull()).isTrue();
        assertThat(json.get("llmNote").isNull()).isTrue();
        assertThat(json.has("attemptId")).isFalse();
    }

    @Test
    void should_carry_the_note_and_the_attempt_id_when_the_model_failed_and_it_was_saved() {
        // given
        LlmFailure timeout = new LlmFailure(FailureKind.TIMEOUT, "The model did not answer in time.", List.of());
        CoachResult<Report, Object> result = new CoachResult<>(new Report(3.0, List.of("What went wrong?")), null, timeout, null);

        // when
        JsonNode json = Json.MAPPER.valueToTree(result.savedAs(42));

        // then
        assertThat(json.get("followUps").isArray()).isTrue();
        assertThat(json.get("llmNote").get("kind").asText()).isEqualTo(FailureKind.TIMEOUT.wireName());
        assertThat(json.get("attemptId").asLong()).isEqualTo(42);
    }

    @Test
    void should_refuse_a_result_without_the_offline_report() {
        assertThatThrownBy(() -> CoachResult.offlineOnly(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
