package dev.rehearse.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders today's practice: gaps, then due reviews, then new questions, each with a minutes estimate. */
public final class DuePlanner {

    /** Finding a story and drafting it: the longest job of the three. */
    static final int GAP_MINUTES = 15;
    /** Saying the answer aloud (about two minutes), reading the critique and saying it once more. */
    static final int REVIEW_MINUTES = 6;
    /** A first draft of an answer from the notes, then the critique. */
    static final int NEW_MINUTES = 10;

    private DuePlanner() {
    }

    /**
     * @param questions the likely questions
     * @param gaps      the coverage map's gaps
     * @param schedules each question's schedule, by question key (absent: never practised)
     * @param interview the interview day, or null
     */
    public static DueToday plan(List<LikelyQuestion> questions, List<Coverage.Gap> gaps, Map<String, Schedule> schedules,
                                LocalDate today, LocalDate interview) {
        List<DueToday.Item> items = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Coverage.Gap g : gaps) {
            if (listed.add(g.question().id())) {
                items.add(new DueToday.Item("gap", g.question().id(), g.question().text(),
                        "no story answers it yet; wanted: " + g.wanted(), today, GAP_MINUTES));
            }
        }
        List<DueToday.Item> reviews = new ArrayList<>();
        List<DueToday.Item> fresh = new ArrayList<>();
        for (LikelyQuestion q : questions) {
            if (listed.contains(q.id())) {
                continue;
            }
            Schedule s = schedules.getOrDefault(q.questionKey(), Schedule.of(List.of()));
            LocalDate due = s.dueBefore(today, interview).orElse(today);
            if (s.attempts() == 0) {
                fresh.add(new DueToday.Item("new", q.id(), q.text(), interview == null ? "never practised"
                        : "never practised; the interview is in " + ChronoUnit.DAYS.between(today, interview) + " days", today, NEW_MINUTES));
            } else if (!due.isAfter(today)) {
                reviews.add(new DueToday.Item("review", q.id(), q.text(), reason(s, due, today, interview), due, REVIEW_MINUTES));
            }
            listed.add(q.id());
        }
        reviews.sort(Comparator.comparing(DueToday.Item::due));
        items.addAll(reviews);
        items.addAll(fresh);
        int minutes = items.stream().mapToInt(DueToday.Item::minutes).sum();
        return new DueToday(today, interview, minutes, items);
    }

    private static String reason(Schedule s, LocalDate due, LocalDate today, LocalDate interview) {
        String last = "last scored " + s.lastScore() + " on " + s.last();
        if (interview != null && s.due() != null && due.isBefore(s.due())) {
            return last + "; brought forward from " + s.due() + " so it is practised twice before the interview on " + interview;
        }
        return due.isBefore(today) ? last + "; due since " + due : last + "; due today";
    }
}
