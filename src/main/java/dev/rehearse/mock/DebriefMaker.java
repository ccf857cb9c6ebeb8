package dev.rehearse.mock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Makes the debrief from the interviewer's notes on each answer and the averages of earlier sessions. */
final class DebriefMaker {

    static final int PREPARE_NEXT = 3;
    /** A change in the average smaller than this is level: the scores move in steps of a tenth. */
    private static final double LEVEL = 0.05;

    private DebriefMaker() {
    }

    static Debrief make(MockSession s, List<Double> previousAverages) {
        List<AnswerNote> answers = s.notes().stream().filter(n -> !n.followUp()).toList();
        List<AnswerNote> followUps = s.notes().stream().filter(AnswerNote::followUp).toList();
        List<AnswerNote> scored = answers.stream().filter(n -> n.score() != null).toList();
        Double average = scored.isEmpty() ? null
                : round(scored.stream().mapToDouble(AnswerNote::score).average().orElseThrow());
        // ties go to the earlier question, so the same session always names the same answers
        AnswerNote strongest = scored.stream().max(Comparator.comparingDouble(AnswerNote::score)
                .thenComparing(n -> -n.questionIndex())).orElse(null);
        AnswerNote weakest = scored.stream().min(Comparator.comparingDouble(AnswerNote::score)
                .thenComparingInt(AnswerNote::questionIndex)).orElse(null);
        boolean early = answers.size() < s.plan().questions().size();
        return new Debrief(early, average, answers, followUps, tally(followUps), strongest, weakest,
                prepareNext(s.notes()), trend(average, previousAverages), List.of());
    }

    private static Debrief.FollowUpTally tally(List<AnswerNote> followUps) {
        int answered = 0;
        int dodged = 0;
        int dontKnow = 0;
        int skipped = 0;
        for (AnswerNote n : followUps) {
            switch (n.reading()) {
                case ANSWERED -> answered++;
                case ONE_LINER, OFF_TOPIC -> dodged++;
                case DONT_KNOW -> dontKnow++;
                case SKIPPED -> skipped++;
            }
        }
        return new Debrief.FollowUpTally(followUps.size(), answered, dodged, dontKnow, skipped);
    }

    /**
     * The follow-ups the candidate could not answer first (they showed the gap live), then the weakest answers' own
     * gaps; one point per passage, so the three send the candidate to three places.
     */
    private static List<PrepPoint> prepareNext(List<AnswerNote> notes) {
        List<AnswerNote> order = new ArrayList<>(notes.stream().filter(n -> n.followUp() && n.reading() != AnswerReading.ANSWERED).toList());
        notes.stream().filter(n -> n.score() != null)
                .sorted(Comparator.comparingDouble(AnswerNote::score).thenComparingInt(AnswerNote::questionIndex))
                .forEach(order::add);
        List<PrepPoint> out = new ArrayList<>();
        Set<String> passages = new HashSet<>();
        for (AnswerNote n : order) {
            for (PrepPoint p : n.prepare()) {
                if (out.size() < PREPARE_NEXT && passages.add(p.passage().passageId())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static Debrief.Trend trend(Double average, List<Double> previous) {
        List<Double> earlier = previous.stream().filter(Objects::nonNull).toList();
        if (earlier.isEmpty()) {
            return new Debrief.Trend(0, null, null, "first");
        }
        double before = round(earlier.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        if (average == null) {
            return new Debrief.Trend(earlier.size(), before, null, "unscored");
        }
        double change = round(average - before);
        String direction = Math.abs(change) < LEVEL ? "level" : change > 0 ? "up" : "down";
        return new Debrief.Trend(earlier.size(), before, change, direction);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
