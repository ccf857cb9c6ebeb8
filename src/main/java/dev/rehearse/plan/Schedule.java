package dev.rehearse.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A question's FSRS schedule from its scored attempts. The attempt's overall score (1 to 5) is the grade: below 2.5
 * "again" (comes back tomorrow or sooner), below 3.5 "hard", below 4.5 "good", from 4.5 "easy". So a low score
 * brings the question back sooner and a strong one pushes it out.
 *
 * @param attempts  how many scored attempts there are
 * @param lastScore the newest score, or null
 * @param last      the day of the newest attempt, or null
 * @param due       the day it is next due; null when it was never practised (due now)
 * @param stability FSRS stability in days, 0 when never practised
 */
public record Schedule(int attempts, Double lastScore, LocalDate last, LocalDate due, double stability) {

    /** One scored attempt. */
    public record Attempt(Instant at, double score) {
    }

    public static Fsrs.Grade grade(double score) {
        if (score < 2.5) {
            return Fsrs.Grade.AGAIN;
        }
        if (score < 3.5) {
            return Fsrs.Grade.HARD;
        }
        return score < 4.5 ? Fsrs.Grade.GOOD : Fsrs.Grade.EASY;
    }

    /** The schedule after {@code attempts}, oldest first. */
    public static Schedule of(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return new Schedule(0, null, null, null, 0);
        }
        Fsrs.State state = null;
        Instant previous = null;
        for (Attempt a : attempts) {
            // whole 24-hour periods, as the reference counts them: practice at 23:00 and again at 01:00 is one session
            state = state == null ? Fsrs.first(grade(a.score()))
                    : Fsrs.next(state, Duration.between(previous, a.at()).toDays(), grade(a.score()));
            previous = a.at();
        }
        Attempt newest = attempts.get(attempts.size() - 1);
        LocalDate lastDay = LocalDate.ofInstant(previous, ZoneOffset.UTC);
        return new Schedule(attempts.size(), newest.score(), lastDay, lastDay.plusDays(Fsrs.intervalDays(state.stability())),
                Math.round(state.stability() * 100) / 100.0);
    }

    /**
     * The due day with an interview on {@code interview}: every likely question practised at least twice before it.
     * A question short of two attempts is due no later than the day that leaves one day for each practice still
     * needed; a review that would fall after the interview comes back the day before it.
     */
    public Optional<LocalDate> dueBefore(LocalDate today, LocalDate interview) {
        if (due == null) {
            return Optional.of(today);
        }
        if (interview == null || !interview.isAfter(today)) {
            return Optional.of(due);
        }
        int needed = Math.max(0, 2 - attempts);
        LocalDate latest = interview.minusDays(Math.max(1, needed));
        LocalDate compressed = due.isAfter(latest) ? latest : due;
        return Optional.of(compressed.isBefore(today) ? today : compressed);
    }
}
