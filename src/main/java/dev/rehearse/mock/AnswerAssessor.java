package dev.rehearse.mock;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.LengthTarget;
import dev.rehearse.coach.report.RelevantPassage;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the offline critique of one answer into the interviewer's note on it: every point taken from the critique. */
final class AnswerAssessor {

    /** Points to prepare taken from one answer; the debrief keeps three over the whole session. */
    private static final int PREP_PER_ANSWER = 2;

    private AnswerAssessor() {
    }

    static AnswerNote skipped(int index, boolean followUp, String question, String questionId, long seconds, LengthTarget target) {
        return new AnswerNote(index, followUp, question, questionId, AnswerReading.SKIPPED, null, null,
                "skipped", List.of(), 0, seconds, target.minSeconds(), target.maxSeconds(), null, List.of(), null);
    }

    /** @param spoken how the answer sounded, for one given by voice; null for a typed one */
    static AnswerNote assess(int index, boolean followUp, String question, String questionId, String answer, long seconds,
                             Critique c, AnswerReading reading, SpokenNote spoken) {
        LengthTarget target = c.question().target();
        DimensionScore weakest = c.scores().dimensions().stream()
                .min(Comparator.comparingInt(DimensionScore::score)).orElseThrow();
        ScoreReason unmet = weakest.reasons().stream().filter(r -> r.points() <= 0).findFirst().orElse(null);
        List<String> evidence = new ArrayList<>();
        StringBuilder summary = new StringBuilder(c.scores().verdict()).append(" (").append(c.scores().overall()).append("/5)");
        if (!c.scores().caps().isEmpty()) {
            ScoreReason cap = c.scores().caps().get(0);
            // the reason already says "Overall capped at …" and ends a sentence; the summary runs on after it with ";"
            summary.append("; ").append(cap.reason().strip().replaceFirst("\\.$", ""));
            evidence.addAll(cap.evidence());
        }
        summary.append("; weakest: ").append(weakest.dimension().wireName()).append(' ').append(weakest.score()).append("/5");
        if (unmet != null) {
            summary.append(", ").append(unmet.reason());
            evidence.addAll(unmet.evidence());
        }
        return new AnswerNote(index, followUp, question, questionId, reading, c.scores().overall(), c.scores().verdict(),
                summary.toString(), evidence.stream().distinct().toList(), Words.count(answer), seconds,
                target.minSeconds(), target.maxSeconds(), null, prepare(question, c), spoken);
    }

    /** What the critique says is missing, each linked to the passage that holds it: the notes first, then the research. */
    private static List<PrepPoint> prepare(String question, Critique c) {
        List<PrepPoint> out = new ArrayList<>();
        PassageRef source = source(c);
        for (Gap g : c.structure().gaps()) {
            if (source != null && out.size() < PREP_PER_ANSWER) {
                out.add(new PrepPoint(g.message(), g.id() + " in the answer to \"" + question + "\"", source));
            }
        }
        for (FollowUp f : c.followUps()) {
            if (f.prepareFrom() != null && out.size() < PREP_PER_ANSWER) {
                out.add(new PrepPoint("An answer to the likely follow-up \"" + f.question() + "\"", f.why(), f.prepareFrom()));
            }
        }
        return out;
    }

    private static PassageRef source(Critique c) {
        if (c.grounding().notesAnswer() != null) {
            return c.grounding().notesAnswer().passage();
        }
        return c.grounding().passages().stream().map(RelevantPassage::passage).findFirst()
                .or(() -> c.companyTie().research().stream().map(RelevantPassage::passage).findFirst()).orElse(null);
    }
}
