package dev.rehearse.coach.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.QuestionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuestionIntentsTest {

    private final QuestionIntents intents = QuestionIntents.bundled();

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void should_describe_what_every_question_type_asks_for(QuestionType type) {
        // when
        var intent = intents.of(type.wireName());

        // then: a type without a description is judged against the question's wording alone, so an answer that takes
        // it up in other words ("the work I want next isn't there" to "why move?") reads as beside the point
        assertThat(intent).as(type.wireName()).isPresent();
        assertThat(intent.get().split(" ")).as(type.wireName()).hasSizeGreaterThan(5);
    }
}
