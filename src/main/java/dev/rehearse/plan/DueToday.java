package dev.rehearse.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What to practise today: first the gaps (likely questions with no story to answer them), then the reviews that are
 * due, most overdue first, then questions never practised.
 *
 * @param today         the day planned
 * @param interviewDate the interview day when one is set, else null
 * @param minutes       the estimated minutes for the whole list
 * @param items         the list, in order
 */
public record DueToday(LocalDate today, LocalDate interviewDate, int minutes, List<Item> items) {

    public DueToday {
        items = List.copyOf(items);
    }

    /**
     * One thing to practise.
     *
     * @param kind       "gap" (find and write a story), "review" (practise again) or "new" (never practised)
     * @param questionId the likely question's id
     * @param question   its text
     * @param reason     why it is on today's list
     * @param due        the day it was due (today for gaps and new questions)
     * @param minutes    the estimate for this item
     */
    public record Item(String kind, String questionId, String question, String reason, LocalDate due, int minutes) {
    }
}
