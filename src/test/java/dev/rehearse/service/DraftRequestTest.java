package dev.rehearse.service;

import dev.rehearse.coach.InputLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one check of a coaching request's fields, shared by the API and the CLI. */
class DraftRequestTest {

    @Test
    void should_name_the_field_and_the_limit_when_the_draft_is_too_long() {
        assertThatThrownBy(() -> DraftRequest.of("Why us?", "a".repeat(InputLimits.MAX_DRAFT_CHARS + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("field 'draft' is 20001 characters long; the limit is 20000")
                .satisfies(e -> assertThat(((InvalidInputException) e).problem()).isEqualTo(InvalidInputException.Problem.TOO_LONG));
    }

    @Test
    void should_refuse_a_blank_question_and_a_missing_draft() {
        assertThatThrownBy(() -> DraftRequest.of("  ", "x")).hasMessage("field 'question' must not be empty");
        assertThatThrownBy(() -> DraftRequest.of("Why us?", null)).hasMessage("field 'draft' is required");
    }

    @Test
    void should_treat_a_blank_question_id_as_none() {
        DraftRequest request = new DraftRequest("Why us?", "x", " ", true);

        assertThat(request.questionId()).isNull();
        assertThat(request.save()).isTrue();
    }

    @Test
    void should_word_a_query_parameter_as_the_adapter_names_it() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> InputCheck.required("q", null, 10));

        assertThat(e.describe("query parameter 'q'")).isEqualTo("query parameter 'q' is required");
    }
}
