package dev.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuePlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static LikelyQuestion question(String id) {
        return new LikelyQuestion(id, "Question " + id, "standard", null, "a story about " + id, true, "key:" + id, null);
    }

    private static Schedule practised(String... daysAndScores) {
        List<Schedule.Attempt> attempts = new java.util.ArrayList<>();
        for (String s : daysAndScores) {
            String[] p = s.split("@");
            attempts.add(new Schedule.Attempt(Instant.parse(p[0] + "T10:00:00Z"), Double.parseDouble(p[1])));
        }
        return Schedule.of(attempts);
    }

    @Test
    void should_list_gaps_first_then_due_reviews_then_new_questions_with_minutes_when_planning_today() {
        // given
        LikelyQuestion conflict = question("conflict");
        LikelyQuestion reviewed = question("reviewed");
        LikelyQuestion fresh = question("fresh");
        LikelyQuestion later = question("later");
        Map<String, Schedule> schedules = Map.of(
                "key:reviewed", practised("2026-11-20@2.0"),
                "key:later", practised("2026-12-05@5.0"));
        List<Coverage.Gap> gaps = List.of(new Coverage.Gap(conflict, "a disagreement", 0.1));

        // when
        DueToday plan = DuePlanner.plan(List.of(fresh, reviewed, conflict, later), gaps, schedules, TODAY, null);

        // then
        assertThat(plan.items()).extracting(DueToday.Item::kind).containsExactly("gap", "review", "new");
        assertThat(plan.items()).extracting(DueToday.Item::questionId).containsExactly("conflict", "reviewed", "fresh");
        assertThat(plan.minutes()).isEqualTo(DuePlanner.GAP_MINUTES + DuePlanner.REVIEW_MINUTES + DuePlanner.NEW_MINUTES);
    }

    @Test
    void should_bring_a_review_back_sooner_when_the_last_score_was_low() {
        // given
        Schedule low = practised("2026-12-01@1.5");
        Schedule high = practised("2026-12-01@4.8");

        // when / then
        assertThat(low.due()).isBefore(high.due());
        assertThat(Schedule.grade(1.5)).isEqualTo(Fsrs.Grade.AGAIN);
        assertThat(Schedule.grade(3.0)).isEqualTo(Fsrs.Grade.HARD);
        assertThat(Schedule.grade(4.0)).isEqualTo(Fsrs.Grade.GOOD);
        assertThat(Schedule.grade(4.5)).isEqualTo(Fsrs.Grade.EASY);
    }

    @Test
    void should_bring_a_question_practised_once_forward_so_it_is_practised_twice_before_the_interview() {
        // given: practised once, well, yesterday: FSRS alone would wait weeks
        LikelyQuestion once = question("once");
        Schedule s = practised("2026-12-05@5.0");
        LocalDate interview = TODAY.plusDays(2);
        assertThat(s.due()).isAfter(interview);

        // when
        DueToday withoutDate = DuePlanner.plan(List.of(once), List.of(), Map.of("key:once", s), TODAY, null);
        DueToday tomorrow = DuePlanner.plan(List.of(once), List.of(), Map.of("key:once", s), TODAY.plusDays(1), interview);

        // then
        assertThat(withoutDate.items()).isEmpty();
        assertThat(tomorrow.interviewDate()).isEqualTo(interview);
        assertThat(tomorrow.items()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo("review");
            assertThat(i.reason()).contains("practised twice before the interview on 2026-12-08");
        });
    }

    @Test
    void should_count_practice_either_side_of_midnight_as_one_session_when_less_than_a_day_apart() {
        // given: the same answer practised at 23:00 and again at 01:00, and the same two a full day apart
        Schedule acrossMidnight = Schedule.of(List.of(
                new Schedule.Attempt(Instant.parse("2026-12-01T23:00:00Z"), 4.0),
                new Schedule.Attempt(Instant.parse("2026-12-02T01:00:00Z"), 4.0)));
        Schedule dayApart = Schedule.of(List.of(
                new Schedule.Attempt(Instant.parse("2026-12-01T23:00:00Z"), 4.0),
                new Schedule.Attempt(Instant.parse("2026-12-02T23:00:00Z"), 4.0)));

        // then: the first pair is a same-day review (a "good" first review's 2.3065 days stands), the second is not
        assertThat(acrossMidnight.stability()).isEqualTo(2.31);
        assertThat(acrossMidnight.due()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(dayApart.stability()).isGreaterThan(2.31);
    }
}
