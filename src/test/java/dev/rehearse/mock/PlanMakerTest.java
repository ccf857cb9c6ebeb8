package dev.rehearse.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.knowledge.PracticeQuestion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanMakerTest {

    private static final Map<String, QuestionType> TYPES = Map.of(
            "Tell me about your experience?", QuestionType.SELF_INTRODUCTION,
            "Why Acme specifically?", QuestionType.MOTIVATION,
            "What motivates you?", QuestionType.MOTIVATION,
            "Walk me through a pipeline you built.", QuestionType.BEHAVIOURAL,
            "Tell me about a conflict.", QuestionType.CONFLICT,
            "What makes a good data model?", QuestionType.CONCEPTUAL);

    private static PracticeQuestion q(String id, String text) {
        return new PracticeQuestion(id, text, "answer", "notes.txt", 1, 2, "Part 1");
    }

    private static final List<PracticeQuestion> BANK = List.of(
            q("q1", "What motivates you?"), q("q2", "Tell me about your experience?"), q("q3", "Why Acme specifically?"),
            q("q4", "Walk me through a pipeline you built."), q("q5", "What makes a good data model?"),
            q("q6", "Tell me about a conflict."));

    private static PlanMaker maker(Optional<String> company) {
        return new PlanMaker(BANK, t -> TYPES.getOrDefault(t, QuestionType.BEHAVIOURAL), company);
    }

    @Test
    void should_mix_opener_motivation_behavioural_technical_and_closing_when_five_are_asked() {
        // given
        PlanMaker maker = maker(Optional.of("Acme"));

        // when
        MockPlan plan = maker.mixed(5, 1);

        // then
        assertThat(plan.questions()).extracting(PlannedQuestion::slot)
                .containsExactly("opener", "motivation", "behavioural", "technical", "closing");
        assertThat(plan.questions()).extracting(PlannedQuestion::questionId).containsExactly("q2", "q3", "q4", "q5", null);
        assertThat(plan.questions().get(4).text()).isEqualTo("What questions do you have for us?");
        assertThat(plan.questions()).extracting(PlannedQuestion::index).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void should_ask_why_the_company_by_name_when_the_bank_has_no_question_naming_it() {
        // given
        PlanMaker maker = new PlanMaker(List.of(q("q1", "What motivates you?")),
                t -> TYPES.getOrDefault(t, QuestionType.CLOSING), Optional.of("Globex"));

        // when
        MockPlan plan = maker.mixed(3, 0);

        // then
        assertThat(plan.questions()).extracting(PlannedQuestion::text)
                .containsExactly("Tell me about yourself.", "Why Globex?", "What questions do you have for us?");
    }

    @Test
    void should_never_plan_the_same_question_twice_when_the_bank_runs_out() {
        // given
        PlanMaker maker = maker(Optional.empty());

        // when
        MockPlan plan = maker.mixed(10, 1);

        // then
        assertThat(plan.questions()).extracting(PlannedQuestion::text).doesNotHaveDuplicates();
        assertThat(plan.questions().get(plan.questions().size() - 1).slot()).isEqualTo("closing");
    }

    @Test
    void should_keep_the_users_order_and_refuse_an_unknown_id_when_questions_are_picked() {
        // given
        PlanMaker maker = maker(Optional.empty());

        // when
        MockPlan plan = maker.picked(List.of("q5", "q1"), 2);

        // then
        assertThat(plan.questions()).extracting(PlannedQuestion::questionId).containsExactly("q5", "q1");
        assertThat(plan.followUps()).isEqualTo(2);
        assertThatThrownBy(() -> maker.picked(List.of("q9"), 1)).isInstanceOf(MockRequestException.class)
                .hasMessageContaining("'questionIds'").hasMessageContaining("q9");
    }

    @Test
    void should_open_and_close_when_only_one_or_two_are_asked() {
        // given / when / then
        assertThat(PlanMaker.slots(1)).containsExactly("opener");
        assertThat(PlanMaker.slots(2)).containsExactly("opener", "closing");
        assertThat(PlanMaker.slots(6)).containsExactly("opener", "motivation", "behavioural", "technical", "behavioural", "closing");
    }
}
