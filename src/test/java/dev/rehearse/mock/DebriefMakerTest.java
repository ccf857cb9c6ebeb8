package dev.rehearse.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.PassageRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebriefMakerTest {

    private static PassageRef passage(String id) {
        return new PassageRef(id, "notes.txt", 1, 3, "answer", "a question");
    }

    private static AnswerNote note(int index, boolean followUp, AnswerReading reading, Double score, String passageId) {
        List<PrepPoint> prep = passageId == null ? List.of() : List.of(new PrepPoint("prepare " + passageId, "gap-result", passage(passageId)));
        return new AnswerNote(index, followUp, "question " + index, "q" + index, reading, score, score == null ? null : "solid",
                "summary", List.of("gap-result"), 120, 50, 43, 129, null, prep, null);
    }

    private static MockSession session(List<AnswerNote> notes, int planned) {
        List<PlannedQuestion> questions = java.util.stream.IntStream.rangeClosed(1, planned)
                .mapToObj(i -> new PlannedQuestion(i, "behavioural", "question " + i, "q" + i, "behavioural")).toList();
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        return new MockSession("s1", MockSession.ACTIVE, t, t, new MockPlan(questions, 1), List.of(), notes, null, t, 1, 0, null, null);
    }

    @Test
    void should_name_strongest_weakest_and_tally_follow_ups_when_the_session_ends() {
        // given
        MockSession s = session(List.of(
                note(1, false, AnswerReading.ANSWERED, 3.4, "p1"),
                note(1, true, AnswerReading.DONT_KNOW, 2.0, "p9"),
                note(2, false, AnswerReading.ANSWERED, 2.1, "p2"),
                note(2, true, AnswerReading.ONE_LINER, 1.5, "p2"),
                note(3, false, AnswerReading.SKIPPED, null, null)), 3);

        // when
        Debrief d = DebriefMaker.make(s, List.of(2.0, 2.4));

        // then
        assertThat(d.strongest().questionIndex()).isEqualTo(1);
        assertThat(d.weakest().questionIndex()).isEqualTo(2);
        assertThat(d.averageScore()).isEqualTo(2.8);
        assertThat(d.followUpTally()).isEqualTo(new Debrief.FollowUpTally(2, 0, 1, 1, 0));
        assertThat(d.prepareNext()).extracting(p -> p.passage().passageId()).containsExactly("p9", "p2", "p1");
        assertThat(d.trend()).isEqualTo(new Debrief.Trend(2, 2.2, 0.6, "up"));
        assertThat(d.endedEarly()).isFalse();
        assertThat(d.answers().get(2).timing()).isEqualTo("skipped");
    }

    @Test
    void should_say_first_and_ended_early_when_nothing_came_before_and_questions_are_left() {
        // given
        MockSession s = session(List.of(note(1, false, AnswerReading.ANSWERED, 3.0, "p1")), 5);

        // when
        Debrief d = DebriefMaker.make(s, List.of());

        // then
        assertThat(d.endedEarly()).isTrue();
        assertThat(d.trend().direction()).isEqualTo("first");
        assertThat(d.answers().get(0).timing()).isEqualTo("within");
    }
}
